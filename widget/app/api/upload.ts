import { fromEnvelope, networkError } from "./envelope";
import type { TProgress, TResult } from "./types";

/**
 * Multipart POST through XMLHttpRequest, because fetch still has no upload
 * progress events in most browsers and a phone photo can take many seconds.
 * Resolves (never rejects) to a result like every other API call.
 */
export function uploadWithProgress<T>(options: {
  url: string;
  form: FormData;
  clientSecret: string;
  onProgress?: TProgress;
  createXhr?: () => XMLHttpRequest;
}): Promise<TResult<T>> {
  return new Promise((resolve) => {
    const xhr = options.createXhr ? options.createXhr() : new XMLHttpRequest();
    xhr.open("POST", options.url);
    xhr.setRequestHeader("Authorization", "Bearer " + options.clientSecret);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // a proxy's HTML error page: keep the status, the envelope helper names it
      }
      if (xhr.status >= 200 && xhr.status < 300) options.onProgress?.(1);
      resolve(fromEnvelope<T>(xhr.status, body));
    };
    xhr.onerror = () => resolve(networkError("upload failed"));
    xhr.onabort = () => resolve(networkError("upload aborted"));
    xhr.send(options.form);
  });
}
