// Runs once, when the MongoDB container first starts with an empty volume (docker-entrypoint-initdb.d):
// creates the collections with their validators and indexes from collections.json, then loads the
// curated seed bundles (seed/*.json), merged by id exactly as the application merges them
// (see seed/FORMAT.md). The application, started against this database, adds only what is missing.
const fs = require('fs');
const path = require('path');

const here = process.env.TRACKER_INIT_DIR || '/docker-entrypoint-initdb.d';
const target = db.getSiblingDB(process.env.MONGO_INITDB_DATABASE || 'tracker');
const read = (file) => fs.readFileSync(path.join(here, file), 'utf8');
// Canonical Extended JSON keeps integers as Int32 and money as Decimal128, as the application does.
const parse = (text) => EJSON.parse(text, { relaxed: false });

const definitions = parse(read('collections.json'));
for (const [name, definition] of Object.entries(definitions)) {
  if (!target.getCollectionNames().includes(name)) {
    target.createCollection(name, { validator: definition.validator, validationLevel: 'moderate' });
  }
  for (const index of definition.indexes) {
    target.getCollection(name).createIndex(index.key,
      { name: index.name, unique: Boolean(index.unique), sparse: Boolean(index.sparse) });
  }
}

const same = (a, b) => EJSON.stringify(a) === EJSON.stringify(b);
function merge(into, addition, where) {
  for (const [field, value] of Object.entries(addition)) {
    const current = into[field];
    if (value === null || value === undefined || same(current, value)) continue;
    if (current === null || current === undefined) {
      into[field] = value;
    } else if (Array.isArray(current) && Array.isArray(value)) {
      for (const item of value) {
        if (!current.some((existing) => same(existing, item))) current.push(item);
      }
    } else {
      throw new Error(`Seed conflict in ${where}: field '${field}' differs between bundles`);
    }
  }
}

const merged = {};
const bundles = fs.readdirSync(path.join(here, 'seed')).filter((f) => f.endsWith('.json')).sort();
for (const bundle of bundles) {
  const content = parse(read(path.join('seed', bundle)));
  for (const [collection, records] of Object.entries(content)) {
    merged[collection] = merged[collection] || new Map();
    for (const record of records) {
      const existing = merged[collection].get(record._id);
      if (existing) merge(existing, record, `${bundle} ${collection} ${record._id}`);
      else merged[collection].set(record._id, record);
    }
  }
}

for (const document of (merged.documents || new Map()).values()) {
  if (document.reference) document.referenceKey = document.reference.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (document.corpusFile) document.text = read(path.join('corpus', document.corpusFile));
}

for (const [collection, records] of Object.entries(merged)) {
  const ids = [...records.keys()];
  const stored = new Set(target.getCollection(collection).find({ _id: { $in: ids } }, { _id: 1 }).toArray().map((d) => d._id));
  const missing = [...records.values()].filter((r) => !stored.has(r._id));
  if (missing.length) target.getCollection(collection).insertMany(missing);
  print(`${collection}: ${missing.length} inserted, ${stored.size} already present`);
}
