-- figcheck audit store, schema version 3: the whole current schema, in one file.
--
-- Embedded into the binary at build time (cmake/embed.cmake). A new database gets this schema in
-- one transaction that also sets PRAGMA user_version; a database of an earlier version goes
-- through the migration steps in src/store/store.cpp instead, which end at the same schema (a
-- test compares the two). This file therefore never sets user_version itself. Tables are created
-- without IF NOT EXISTS so that a collision with an unrelated database fails loudly instead of
-- mixing data.
--
-- Version history: 1, the first schema; 2, findings.fingerprint and findings.state (a finding
-- new, persisting or resolved relative to the previous run); 3, runs.rules, documents.extractor and every
-- claim field the checks read (breakdown, part, whole, update, nationwide, stated place, stated
-- change, occurrences, the source as written), so that an unchanged file's claims are read back
-- instead of re-extracted.
--
-- Conventions: dates are ISO "YYYY-MM-DD" text, NULL when unknown; optional text (subject,
-- place, country, unit, title, dateline) is NULL rather than ""; byte offsets are 0-based with an
-- exclusive end; line and col are 1-based (col in Unicode code points).

-- One `figcheck audit` invocation and its totals.
CREATE TABLE runs (
  id               INTEGER PRIMARY KEY,
  started          TEXT,
  finished         TEXT,
  figcheck_version TEXT,
  arguments        TEXT,
  documents        INTEGER,
  claims           INTEGER,
  errors           INTEGER,
  warnings         INTEGER,
  infos            INTEGER,
  rules            TEXT  -- a hash of the rules in force: the same rules on the same files give the same findings
);

-- One input file, keyed by its path; re-auditing a path updates the row in place and replaces
-- its stories and claims.
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  path         TEXT UNIQUE NOT NULL,
  content_hash TEXT NOT NULL,
  title        TEXT,
  language     TEXT,
  published    TEXT,
  last_run     INTEGER REFERENCES runs(id),
  extractor    TEXT  -- figcheck's version and its lexicon's hash when the claims were extracted
);

-- Stories inside a document (a digest holds several); idx is 0-based in document order.
CREATE TABLE stories (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER,
  start       INTEGER,
  end         INTEGER,
  title       TEXT,
  published   TEXT,
  dateline    TEXT,
  place       TEXT,
  country     TEXT
);
CREATE INDEX stories_by_document ON stories(document_id);

-- Who gives a figure: `key` is the normalised form used for comparisons, `name` as first written.
CREATE TABLE sources (
  id   INTEGER PRIMARY KEY,
  key  TEXT UNIQUE NOT NULL,
  name TEXT NOT NULL
);

-- One figure attributed to a quantity. status and kind use the report schema's names.
CREATE TABLE claims (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  story_idx    INTEGER,
  start        INTEGER,
  end          INTEGER,
  number_start INTEGER,
  number_end   INTEGER,
  line         INTEGER,
  col          INTEGER,
  quote        TEXT,
  metric       TEXT,
  subject      TEXT,
  place        TEXT,
  country      TEXT,
  date         TEXT,
  source_id    INTEGER REFERENCES sources(id),
  status       TEXT,
  low          REAL,
  high         REAL,
  kind         TEXT,
  unit         TEXT,
  -- What the checks read besides the figure (Claim in src/model/model.hpp): the stated list it
  -- belongs to, whether it is a part and the byte offset of its whole's figure, whether the text
  -- marks it as an update, says it is nationwide, states its place; a change it states (amount,
  -- percent or not, reference date); the other places it is stated, "start-end" separated by ";".
  breakdown        INTEGER NOT NULL DEFAULT 0,
  part             INTEGER NOT NULL DEFAULT 0,
  whole_at         INTEGER,
  is_update        INTEGER NOT NULL DEFAULT 0,
  nationwide       INTEGER NOT NULL DEFAULT 0,
  place_stated     INTEGER NOT NULL DEFAULT 0,
  change_amount    REAL,
  change_percent   INTEGER NOT NULL DEFAULT 0,
  change_reference TEXT,
  occurrences      TEXT,
  source_written   TEXT  -- the source's name as this claim writes it (sources.name is the first)
);
CREATE INDEX claims_by_document ON claims(document_id);
CREATE INDEX claims_by_metric ON claims(metric, place);
CREATE INDEX claims_by_source ON claims(source_id);

-- A contradiction reported by a rule during a run. fingerprint hashes what it says (rule,
-- metric, place, its claims' figures, sources and dates; never positions); state is 'new' or
-- 'persisting' relative to the previous run, and 'resolved' for a finding of the previous run
-- that this run no longer reports (copied into this run, with no claims). Rows written by
-- version 1 have neither (NULL).
CREATE TABLE findings (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  rule        TEXT,
  severity    TEXT,
  metric      TEXT,
  place       TEXT,
  message     TEXT,
  reason      TEXT,
  fingerprint TEXT,
  state       TEXT
);
CREATE INDEX findings_by_run ON findings(run_id);
CREATE INDEX findings_by_fingerprint ON findings(fingerprint);

-- The claims a finding cites, in order; ord 0 is the anchor.
CREATE TABLE finding_claims (
  finding_id INTEGER REFERENCES findings(id) ON DELETE CASCADE,
  claim_id   INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  ord        INTEGER,
  PRIMARY KEY (finding_id, ord)
);
-- Without it, deleting a document's claims would scan finding_claims once per claim.
CREATE INDEX finding_claims_by_claim ON finding_claims(claim_id);
