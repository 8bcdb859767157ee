import { promisifyRequest, type UseStore } from 'idb-keyval';

const DB_NAME = 'dialogue-tracker';
const STORE_NAME = 'datasets';

let connection: Promise<IDBDatabase> | undefined;

function open(version?: number): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, version);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE_NAME))
      request.result.createObjectStore(STORE_NAME);
  };
  return promisifyRequest(request);
}

async function connect(): Promise<IDBDatabase> {
  let database = await open();
  // A database recreated without its object store (by hand, or by another app on this origin) would
  // refuse every file from now on; a version upgrade is the only way to add the store back.
  if (!database.objectStoreNames.contains(STORE_NAME)) {
    const next = database.version + 1;
    database.close();
    database = await open(next);
  }
  // Deleting or upgrading the database (another tab, DevTools) waits until every connection is
  // closed: give way at once, and open a new connection the next time one is needed.
  database.onversionchange = () => {
    database.close();
    connection = undefined;
  };
  // The browser closed it (storage cleared, disk error): the next use reconnects.
  database.onclose = () => {
    connection = undefined;
  };
  return database;
}

function connected(): Promise<IDBDatabase> {
  connection ??= connect().catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/**
 * The object store holding the kept dataset, for idb-keyval's `get`/`set`/`del`: one connection
 * per page, which closes when another tab or DevTools deletes or upgrades the database, and which
 * re-creates the object store if the database lost it.
 */
export const datasetStore: UseStore = async (mode, callback) => {
  let database = await connected();
  if (!database.objectStoreNames.contains(STORE_NAME)) {
    connection = undefined;
    database = await connected();
  }
  let transaction: IDBTransaction;
  try {
    transaction = database.transaction(STORE_NAME, mode);
  } catch (error) {
    // Closed between the lookup and now (a versionchange): one new connection, then give up.
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
    connection = undefined;
    transaction = (await connected()).transaction(STORE_NAME, mode);
  }
  return callback(transaction.objectStore(STORE_NAME));
};
