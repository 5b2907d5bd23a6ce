/**
 * The Lab's module worker. Started once per job by runLabJob.ts (and
 * terminated when the job ends or is cancelled), it runs one request of the
 * page with the job table of handlers.ts and posts its progress, result or
 * error (labProtocol.ts).
 */
import { LAB_HANDLERS } from './handlers';
import { createLabRequestHandler, type AnyLabHandler } from './labProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createLabRequestHandler(
  LAB_HANDLERS as unknown as Record<string, AnyLabHandler>,
  (message, transfer) => scope.postMessage(message, transfer),
  () => performance.now(),
);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handle(event.data);
});
