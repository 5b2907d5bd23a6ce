/**
 * The Lab's shared widgets, for the panels: file input, job progress,
 * messages, example button, downloads, and the job hook.
 */
export { FileDrop, type FileDropProps } from './FileDrop';
export { JobProgress, type JobProgressProps } from './JobProgress';
export { LabMessages, useLabMessages, type LabMessage, type LabMessageList } from './LabMessages';
export { LoadExample, type LoadExampleProps } from './LoadExample';
export { DownloadButtons, type DownloadButtonsProps } from './DownloadButtons';
export {
  downloadCsv,
  downloadJson,
  downloadText,
  toCsv,
  toJson,
  csvField,
  type CsvCell,
  type CsvRows,
} from './downloads';
export { LAB_CAPS, fileProblem, extensionOf, describeAccept, type FileRules } from './fileChecks';
export { useLabJob, type LabJob } from './useLabJob';
export { type LabJobState, type LabJobStatus } from './labJobState';
export {
  labSession,
  createLabSession,
  useLabSession,
  type LabSession,
  type SessionUpdate,
} from './labSession';
