/**
 * The contract between the Lab page and its worker jobs. A job is one
 * computation on the reader's files (a COCO evaluation, a set of label-map
 * pairs, an image pair, a depth pair). It runs in a worker of its own, may
 * report progress while it runs, and ends with a result or an error; bad
 * input throws a LabInputError whose message names the file, the place in it
 * and the problem, e.g. "results.json, entry 1,204: bbox width is -3".
 */

/** A file the reader dropped or picked, as the page hands it to a job (bytes are transferred). */
export interface LabFile {
  /** The file's name as the reader's system gave it, e.g. `results.json`. */
  name: string;
  /** Its bytes. */
  bytes: ArrayBuffer;
}

/** What a running job may tell the page. */
export interface LabJobContext {
  /**
   * Reports progress: `fraction` in [0, 1] and a short plain-language label
   * ("Reading results.json", "Matching image 1,200 of 5,000"). Cheap to call
   * often: the worker forwards at most a few updates per second.
   */
  progress(fraction: number, label: string): void;
}

/** Bad input in a reader's file: the message names the file, the place and the problem. */
export class LabInputError extends Error {
  /**
   * @param file the file's name (`results.json`)
   * @param where the place in it (`entry 1,204`, `field "annotations"`, `pixel (3, 7)`), or '' for the whole file
   * @param problem what is wrong (`bbox width is -3`)
   */
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(where ? `${file}, ${where}: ${problem}` : `${file}: ${problem}`);
    this.name = 'LabInputError';
  }
}
