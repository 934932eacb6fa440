// The worker thread's entry: tsx's loader for this thread (hooks do not cross threads on Node 20),
// then the TypeScript worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./slow-clients-worker.ts');
