// Every unit test gets a fresh, in-memory IndexedDB (fake-indexeddb), so db code runs in node.
import "fake-indexeddb/auto";
