/**
 * The slow clients (./slow-clients.ts) on a thread of their own: started with `workerData`
 * `{ port, everyMs }`, they post their counts every 100 ms and once all are closed; the message
 * "stop" stops opening new ones, "close" waits for the open ones to close (5 s at most).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startSlowClients } from './slow-clients.js';

const { port, everyMs } = workerData as { port: number; everyMs: number };
const slow = startSlowClients(port, everyMs);
const report = setInterval(() => parentPort!.postMessage(slow.counts()), 100);
parentPort!.on('message', (message: string) => {
  if (message === 'stop') slow.stopOpening();
  if (message === 'close') {
    void slow.allClosed(5000).then(() => {
      clearInterval(report);
      parentPort!.postMessage({ ...slow.counts(), final: true });
    });
  }
});
