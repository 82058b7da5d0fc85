using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The store's schema as an append-only list of migrations. The schema version is kept in PRAGMA user_version, so a
/// store file says which migrations it has had; PRAGMA application_id marks the file as a Dossier store, so we never
/// write our tables into somebody else's database.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"Doss" in ASCII.</summary>
    public const int ApplicationId = 0x446F7373;

    // Never edit a migration that has shipped: stores in the wild already ran it. Add a new one at the end.
    private static readonly string[] Migrations =
    [
        // 1: initial schema.
        """
        -- seq is the rowid, so it gives the order of first storage and is the FTS rowid. AUTOINCREMENT keeps seq from
        -- ever being reused, which keeps that order true even if articles are deleted some day.
        CREATE TABLE articles (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            id          TEXT NOT NULL UNIQUE,
            origin      TEXT NOT NULL,
            title       TEXT,
            outlet      TEXT,
            url         TEXT,
            published   TEXT,
            text        TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );

        CREATE TABLE blocks (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal    INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            length     INTEGER NOT NULL,
            role       TEXT NOT NULL,
            kind       TEXT,
            PRIMARY KEY (article_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE sentences (
            article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal     INTEGER NOT NULL,
            start       INTEGER NOT NULL,
            length      INTEGER NOT NULL,
            block_index INTEGER NOT NULL,
            PRIMARY KEY (article_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE diagnostics (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id  TEXT REFERENCES articles (id) ON DELETE CASCADE,
            source      TEXT,
            code        TEXT NOT NULL,
            stage       TEXT NOT NULL,
            severity    TEXT NOT NULL,
            message     TEXT NOT NULL,
            span_start  INTEGER,
            span_length INTEGER,
            CHECK ((span_start IS NULL) = (span_length IS NULL))
        );

        -- What makes two diagnostics "the same", so that storing one again is a no-op (INSERT OR IGNORE).
        CREATE UNIQUE INDEX diagnostics_identity
            ON diagnostics (coalesce(article_id, ''), coalesce(source, ''), code, message);

        CREATE INDEX diagnostics_article ON diagnostics (article_id, seq);

        CREATE TABLE stories (
            id       TEXT PRIMARY KEY,
            headline TEXT NOT NULL,
            ordinal  INTEGER NOT NULL UNIQUE
        );

        CREATE TABLE story_articles (
            story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles (id),
            ordinal    INTEGER NOT NULL,
            PRIMARY KEY (story_id, ordinal)
        ) WITHOUT ROWID;

        CREATE INDEX story_articles_article ON story_articles (article_id);

        -- Contentless: the store inserts each article's title and text itself (rowid = articles.seq) in the same
        -- transaction as the article. Triggers could not do that, because a text that is not well-formed UTF-16 is
        -- kept as a blob (see SqliteText) and must be indexed by its readable form, not by its bytes.
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """,

        // 2: HTTP validators per fetched URL, sent back on the next fetch so an unchanged page or feed is a 304.
        """
        CREATE TABLE fetch_validators (
            url           TEXT PRIMARY KEY,
            etag          TEXT,
            last_modified TEXT,
            fetched_at    TEXT NOT NULL
        ) WITHOUT ROWID;
        """,

        // 3: page metadata with evidence: authors, the modification date, the language, how precise each date is,
        // and where every field came from.
        """
        -- NULL precision and zone: an exact instant with its zone (every date stored before this migration).
        ALTER TABLE articles ADD COLUMN published_precision TEXT;
        ALTER TABLE articles ADD COLUMN published_zone INTEGER;
        ALTER TABLE articles ADD COLUMN modified TEXT;
        ALTER TABLE articles ADD COLUMN modified_precision TEXT;
        ALTER TABLE articles ADD COLUMN modified_zone INTEGER;
        ALTER TABLE articles ADD COLUMN language TEXT;
        -- JSON array of {"field", "evidence", "confidence"}: the evidence strings are Dossier's own ("meta:og:title").
        ALTER TABLE articles ADD COLUMN metadata_sources TEXT;

        -- One row per author, in byline order; a table rather than a list in a column, so names are kept exactly and
        -- can be searched.
        CREATE TABLE article_authors (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal    INTEGER NOT NULL,
            name       TEXT NOT NULL,
            PRIMARY KEY (article_id, ordinal)
        ) WITHOUT ROWID;
        """,

        // 4: the entity mentions the recognizer found, so dossiers can be rebuilt from the store without tagging again.
        """
        -- type is the CoNLL tag (PER, ORG, LOC, MISC); resolution into entities is recomputed from these when a dossier is built.
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal    INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            length     INTEGER NOT NULL,
            type       TEXT NOT NULL,
            PRIMARY KEY (article_id, ordinal)
        ) WITHOUT ROWID;
        """,

        // 5: stories from the online stream: each story's topic, and the history of story merges, so that an id a user
        // saw before a merge still leads to the story that absorbed it.
        """
        -- NULL for stories grouped before topics existed; the next regroup fills it.
        ALTER TABLE stories ADD COLUMN topic_id TEXT;

        -- Append-only: seq gives the order merges were recorded in, and the latest merge of an id is the one that counts.
        -- article_id is the article whose arrival showed the two stories were one.
        CREATE TABLE story_merges (
            seq        INTEGER PRIMARY KEY AUTOINCREMENT,
            absorbed   TEXT NOT NULL,
            survivor   TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles (id),
            CHECK (absorbed <> survivor)
        );

        -- A regroup replays the whole stream and meets the same merges again: recording one twice is a no-op.
        CREATE UNIQUE INDEX story_merges_identity ON story_merges (absorbed, survivor, article_id);
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>The SQL of one migration (1-based), for tests that build a store as an older version left it.</summary>
    internal static string Migration(int version) => Migrations[version - 1];

    /// <summary>Brings the schema up to <see cref="LatestVersion"/>. Returns how many migrations were applied.</summary>
    public static int Migrate(SqliteConnection connection, string storeName)
    {
        var version = UserVersion(connection, null);
        if (version > LatestVersion)
        {
            throw TooNew(storeName, version);
        }

        if (version == LatestVersion)
        {
            CheckApplicationId(connection, null, storeName);
            return 0;
        }

        // BEGIN IMMEDIATE takes the write lock first, so two processes opening a fresh store cannot both migrate it;
        // the version is read again under the lock because the other one may have finished in between.
        using var transaction = connection.BeginTransaction(deferred: false);
        version = UserVersion(connection, transaction);
        if (version > LatestVersion)
        {
            throw TooNew(storeName, version);
        }

        if (version == 0)
        {
            using var count = Command(connection, transaction, "SELECT count(*) FROM sqlite_master");
            if (Convert.ToInt64(count.ExecuteScalar()) != 0)
            {
                throw new StoreException($"'{storeName}' is a SQLite database but not a Dossier store");
            }
        }
        else
        {
            CheckApplicationId(connection, transaction, storeName);
        }

        for (var next = version; next < LatestVersion; next++)
        {
            using var migration = Command(connection, transaction, Migrations[next]);
            migration.ExecuteNonQuery();
        }

        // PRAGMA values cannot be bound as parameters; both are compile-time integers here.
        using (var stamp = Command(connection, transaction,
                   $"PRAGMA user_version = {LatestVersion}; PRAGMA application_id = {ApplicationId};"))
        {
            stamp.ExecuteNonQuery();
        }

        transaction.Commit();
        return LatestVersion - (int)version;
    }

    private static StoreException TooNew(string storeName, long version) =>
        new($"'{storeName}' was written by a newer version of Dossier (store version {version}; this version " +
            $"understands up to {LatestVersion}); upgrade Dossier to use it");

    private static void CheckApplicationId(SqliteConnection connection, SqliteTransaction? transaction, string storeName)
    {
        using var command = Command(connection, transaction, "PRAGMA application_id");
        if (Convert.ToInt64(command.ExecuteScalar()) != ApplicationId)
        {
            throw new StoreException($"'{storeName}' is a SQLite database but not a Dossier store");
        }
    }

    private static long UserVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = Command(connection, transaction, "PRAGMA user_version");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
