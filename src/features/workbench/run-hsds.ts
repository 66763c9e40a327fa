import type { HsdsReply, HsdsRequest } from './hsds.worker';

/** The merged data as HSDS text, made in a worker of its own that ends when it has answered. */
export function runHsds(request: HsdsRequest): Promise<{ text: string; leftOut: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hsds.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<HsdsReply>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'HSDS worker failed'));
    };
    worker.postMessage(request);
  });
}
