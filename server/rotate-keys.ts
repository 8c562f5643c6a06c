/**
 * `npm run rotate-keys`: re-encrypts every stored secret (customer PII fields,
 * webhook signing secrets, document files) with the first key of
 * ONBOARDING_ENCRYPTION_KEY. Rotation: prepend a new key, restart the servers
 * (new writes use it, old records stay readable), run this, then drop the old key.
 * Reads the same environment as `npm start`.
 */
import { join } from "node:path";
import { ConfigError, loadConfig, nodeConfigDeps } from "./config/load-config.ts";
import { reencryptAll } from "./crypto/reencrypt.ts";
import { createFieldCipher } from "./crypto/field-cipher.ts";
import { openDatabase } from "./db/database.ts";
import { createLocalDocumentStorage } from "./documents/document-storage.ts";
import { encryptedDocumentStorage } from "./documents/encrypted-storage.ts";

async function main(): Promise<void> {
  const config = await loadConfig(process.env, nodeConfigDeps);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const cipher = createFieldCipher({ keys: config.encryptionKeys });
  const storage = createLocalDocumentStorage(join(config.dataDir, "documents"));
  try {
    const counts = await reencryptAll({ db, cipher, storage, sealedStorage: encryptedDocumentStorage(storage, cipher) });
    console.log(`Re-encrypted with key ${cipher.currentKeyId}: ${counts.customers} customers, ${counts.webhookSecrets} webhook endpoints, ${counts.documents} documents.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : "Re-encryption failed:", error instanceof ConfigError ? "" : error);
  process.exit(1);
});
