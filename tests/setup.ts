// fake-indexeddb gives every test an in-memory IndexedDB.
import 'fake-indexeddb/auto';
