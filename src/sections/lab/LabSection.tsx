/**
 * The Lab (#/lab): the reader's own detections, keypoints, label maps,
 * image pairs and depth maps, evaluated in the browser with the same
 * conventions as the reference tools. Four panels (COCO, segmentation,
 * image pairs, depth), each with its own files, settings, job in a worker of
 * its own, progress bar and Cancel button. Files never leave the page; share
 * links carry the settings only. Prose and wiring only.
 */
import { useEffect } from 'react';
import { labText } from '../../i18n/lab';
import { CocoPanel } from './figures/coco/CocoPanel';
import { SegmentationPanel } from './figures/segmentation/SegmentationPanel';
import { ImagePairPanel } from './figures/imagePair/ImagePairPanel';
import { DepthPanel } from './figures/depth/DepthPanel';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';
import './state';
import './lab.css';

/**
 * Keeps a file dropped beside a drop zone from replacing the page (the
 * browser's default is to open it): drops outside the zones do nothing.
 */
function useDropGuard() {
  useEffect(() => {
    const stop = (e: DragEvent) => {
      if (e.defaultPrevented) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}

/** The Lab page. */
export default function LabSection() {
  useDropGuard();
  return (
    <article className="ba-section">
      <h1>{labText.section.title}</h1>
      <p className="ba-hook">
        Bring your own results and get the numbers the earlier sections explain, computed with the conventions
        of the tool a paper would cite. No files at hand? Each panel has “Load an example”.
      </p>

      <section className="ba-lab-privacy" aria-labelledby="lab-privacy">
        <h2 id="lab-privacy">Your files stay in your browser</h2>
        <ul>
          <li>Files you drop or choose are read by this page; nothing is uploaded.</li>
          <li>Each computation runs in a worker on your machine, with progress and a Cancel button.</li>
          <li>
            Nothing is stored: reloading the tab forgets your files. Results leave only when you download
            them.
          </li>
        </ul>
      </section>

      <p className="ba-lab-share-notice" role="note" data-lab-share-notice="">
        <strong>{labText.shareNotice}</strong> <span>{labText.shareNoticeDetail}</span>
      </p>

      <h2>{labText.headings.coco}</h2>
      <CocoPanel />

      <h2>{labText.headings.segmentation}</h2>
      <SegmentationPanel />

      <h2>{labText.headings.imagePair}</h2>
      <ImagePairPanel />

      <h2>{labText.headings.depth}</h2>
      <DepthPanel />

      <ForImplementers id="lab.notes.how" topic="how the Lab computes and what it refuses">
        <p>
          Each evaluation runs in a Web Worker started for it and stopped when it ends; Cancel stops that
          worker at once, so the next evaluation starts fresh. The code is the metrics package the other
          sections use, checked against the reference tools on the cases in <code>test/reference/cases</code>{' '}
          to 1e-9.
        </p>
        <p>
          Files are checked before they are read: type by extension, a size cap stated under each input (512
          MB for COCO JSON, 100 MB for an image), and empty files are refused. Content is checked while it is
          read: a message names the file, the place in it and the problem (“results.json, entry 1,204: bbox
          width is −3”). A refused file replaces nothing: the results already shown stay until a good file
          gives new ones.
        </p>
      </ForImplementers>

      <SectionClosing content={closing} />
    </article>
  );
}
