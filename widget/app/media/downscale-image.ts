/** Longest edge we send. Plenty for document OCR; Stripe caps at 8000 px, 10 MB. */
export const MAX_EDGE_PX = 2400;
/** Photos smaller than this are sent as they are. */
export const DOWNSCALE_ABOVE_BYTES = 1.5 * 1024 * 1024;

/**
 * Shrinks a large JPEG/PNG photo through a canvas before upload: phone cameras
 * produce 5–15 MB images that are slow on mobile data and may exceed the
 * server's limit. PDFs, small files, and browsers without `createImageBitmap`
 * pass through unchanged. Re-encoding also drops EXIF (GPS location).
 */
export async function downscaleImage(file: Blob): Promise<Blob> {
  if (!/^image\/(jpeg|png|webp|heic)$/.test(file.type) || file.size <= DOWNSCALE_ABOVE_BYTES) return file;
  if (typeof createImageBitmap !== "function" || typeof document === "undefined") return file;
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_EDGE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
  if (!blob || blob.size >= file.size) return file;
  const name = ((file as File).name || "document").replace(/\.\w+$/, "") + ".jpg";
  return new File([blob], name, { type: "image/jpeg" });
}
