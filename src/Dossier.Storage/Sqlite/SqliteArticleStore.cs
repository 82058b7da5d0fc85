using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;
using Dossier.Core.Storage;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// An <see cref="IArticleStore"/> in one SQLite file (or in memory for one-shot runs). The store keeps a single
/// connection for its lifetime and is not thread-safe; other processes may use the same file (WAL, busy timeout).
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    public const string InMemory = ":memory:";

    private const int BusyTimeoutMilliseconds = 5000;

    private const string DiagnosticColumns = "code, stage, severity, message, source, span_start, span_length";

    private static readonly Dictionary<string, BlockRole> RolesByName =
        Enum.GetValues<BlockRole>().ToDictionary(BlockNames.Of, StringComparer.Ordinal);

    private static readonly Dictionary<string, BoilerplateKind> KindsByName =
        Enum.GetValues<BoilerplateKind>()
            .Where(kind => kind != BoilerplateKind.None)
            .ToDictionary(kind => BlockNames.Of(kind)!, StringComparer.Ordinal);

    private static readonly Dictionary<string, Severity> SeveritiesByName =
        Enum.GetValues<Severity>().ToDictionary(SeverityName, StringComparer.Ordinal);

    private readonly SqliteConnection _connection;
    private readonly string _name;

    // Keyed by SQL text: a reused SqliteCommand keeps its prepared statement, so hot inserts are compiled only once.
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _disposed;

    static SqliteArticleStore() => SQLitePCL.Batteries_V2.Init();

    private readonly TimeProvider _time;

    private SqliteArticleStore(SqliteConnection connection, string name, int migrationsApplied, TimeProvider time)
    {
        _time = time;
        _connection = connection;
        _name = name;
        MigrationsApplied = migrationsApplied;
    }

    /// <summary>How many schema migrations opening this store applied (0 for an up-to-date store).</summary>
    internal int MigrationsApplied { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it when missing and migrating it to the current schema.
    /// <see cref="InMemory"/> gives a store that lives as long as this object.
    /// </summary>
    /// <exception cref="StoreException">The file cannot be opened, is not a Dossier store, or is from a newer Dossier.</exception>
    /// <param name="time">The clock that stamps when articles were stored (the system clock when not given).</param>
    public static SqliteArticleStore Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var inMemory = path == InMemory;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Pooling would keep the file open after Dispose, so the caller could not delete or move it.
            Pooling = false,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;");

            if (!inMemory)
            {
                // This is also the first statement that reads the file, so a file that is not a database fails
                // here, where it is reported as such. WAL lets readers (a second CLI run) work while a batch is being
                // written; NORMAL is durable enough in WAL mode: a crash can lose the last commits, never the file.
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            }

            var applied = SqliteSchema.Migrate(connection, path);
            return new SqliteArticleStore(connection, path, applied, time ?? TimeProvider.System);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException(DescribeOpenFailure(path, ex), ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public bool AddArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Guard($"store article '{article.Id}'", () =>
        {
            using var transaction = _connection.BeginTransaction();

            var metadata = article.Metadata;
            var inserted = Command(transaction, """
                INSERT INTO articles (id, origin, title, outlet, url, published, published_precision, published_zone,
                                      modified, modified_precision, modified_zone, language, metadata_sources, text, ingested_at)
                VALUES ($id, $origin, $title, $outlet, $url, $published, $published_precision, $published_zone,
                        $modified, $modified_precision, $modified_zone, $language, $metadata_sources, $text, $ingested_at)
                ON CONFLICT (id) DO NOTHING
                """)
                .With("$id", article.Id)
                .With("$origin", SqliteText.ToDb(article.Origin))
                .With("$title", SqliteText.ToDb(metadata.Title))
                .With("$outlet", SqliteText.ToDb(metadata.Outlet))
                .With("$url", SqliteText.ToDb(metadata.Url))
                .With("$published", SqliteMetadata.Instant(metadata.PublishedDate))
                .With("$published_precision", SqliteMetadata.Precision(metadata.PublishedDate))
                .With("$published_zone", SqliteMetadata.Zone(metadata.PublishedDate))
                .With("$modified", SqliteMetadata.Instant(metadata.ModifiedDate))
                .With("$modified_precision", SqliteMetadata.Precision(metadata.ModifiedDate))
                .With("$modified_zone", SqliteMetadata.Zone(metadata.ModifiedDate))
                .With("$language", SqliteText.ToDb(metadata.Language))
                .With("$metadata_sources", SqliteMetadata.SourcesToJson(metadata.Sources))
                .With("$text", SqliteText.ToDb(article.Text))
                .With("$ingested_at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))
                .ExecuteNonQuery();
            if (inserted == 0)
            {
                return false;
            }

            // Must run right after the article insert: last_insert_rowid() is the new article's seq. The title and
            // text are bound as plain strings on purpose, so that unpaired surrogates are indexed as U+FFFD.
            Command(transaction, """
                INSERT INTO articles_fts (rowid, title, text) VALUES (last_insert_rowid(), $title, $text)
                """)
                .With("$title", metadata.Title)
                .With("$text", article.Text)
                .ExecuteNonQuery();

            var insertAuthor = Command(transaction, """
                INSERT INTO article_authors (article_id, ordinal, name) VALUES ($article_id, $ordinal, $name)
                """);
            for (var i = 0; i < metadata.Authors.Count; i++)
            {
                insertAuthor
                    .With("$article_id", article.Id)
                    .With("$ordinal", i)
                    .With("$name", SqliteText.ToDb(metadata.Authors[i]))
                    .ExecuteNonQuery();
            }

            var insertBlock = Command(transaction, """
                INSERT INTO blocks (article_id, ordinal, start, length, role, kind)
                VALUES ($article_id, $ordinal, $start, $length, $role, $kind)
                """);
            for (var i = 0; i < article.Blocks.Count; i++)
            {
                var block = article.Blocks[i];
                insertBlock
                    .With("$article_id", article.Id)
                    .With("$ordinal", i)
                    .With("$start", block.Span.Start)
                    .With("$length", block.Span.Length)
                    .With("$role", BlockNames.Of(block.Role))
                    .With("$kind", BlockNames.Of(block.Kind))
                    .ExecuteNonQuery();
            }

            var insertSentence = Command(transaction, """
                INSERT INTO sentences (article_id, ordinal, start, length, block_index)
                VALUES ($article_id, $ordinal, $start, $length, $block_index)
                """);
            for (var i = 0; i < article.Sentences.Count; i++)
            {
                var sentence = article.Sentences[i];
                insertSentence
                    .With("$article_id", article.Id)
                    .With("$ordinal", i)
                    .With("$start", sentence.Span.Start)
                    .With("$length", sentence.Span.Length)
                    .With("$block_index", sentence.BlockIndex)
                    .ExecuteNonQuery();
            }

            var insertMention = Command(transaction, """
                INSERT INTO mentions (article_id, ordinal, start, length, type)
                VALUES ($article_id, $ordinal, $start, $length, $type)
                """);
            for (var i = 0; i < article.Mentions.Count; i++)
            {
                var mention = article.Mentions[i];
                insertMention
                    .With("$article_id", article.Id)
                    .With("$ordinal", i)
                    .With("$start", mention.Span.Start)
                    .With("$length", mention.Span.Length)
                    .With("$type", mention.Type.Tag())
                    .ExecuteNonQuery();
            }

            foreach (var diagnostic in article.Diagnostics)
            {
                InsertDiagnostic(transaction, article.Id, diagnostic);
            }

            transaction.Commit();
            return true;
        });
    }

    public bool ContainsArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Guard("look up an article", () =>
            Command(null, "SELECT EXISTS (SELECT 1 FROM articles WHERE id = $id)").With("$id", id).ExecuteScalar()
                is long found && found != 0);
    }

    public string? GetOrigin(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Guard("look up an article", () =>
            Command(null, "SELECT origin FROM articles WHERE id = $id").With("$id", id).ExecuteScalar() as string);
    }

    public Article? GetArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Guard($"read article '{id}'", () => LoadArticles(id).SingleOrDefault());
    }

    public IReadOnlyList<Article> GetArticles() => Guard("read articles", () => LoadArticles(null));

    public void AddDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Guard("store a diagnostic", () =>
        {
            InsertDiagnostic(null, null, diagnostic);
            return true;
        });
    }

    public IReadOnlyList<Diagnostic> GetDiagnostics() => Guard("read diagnostics", () =>
    {
        var diagnostics = new List<Diagnostic>();
        using var reader = Command(null, $"SELECT {DiagnosticColumns} FROM diagnostics ORDER BY seq").ExecuteReader();
        while (reader.Read())
        {
            diagnostics.Add(ReadDiagnostic(reader, 0));
        }

        return diagnostics;
    });

    public void ReplaceStories(IReadOnlyList<Story> stories, IReadOnlyList<StoryMerge>? merges = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        Guard("store stories", () =>
        {
            using var transaction = _connection.BeginTransaction();
            Command(transaction, "DELETE FROM story_articles").ExecuteNonQuery();
            Command(transaction, "DELETE FROM stories").ExecuteNonQuery();

            var insertStory = Command(transaction,
                "INSERT INTO stories (id, headline, ordinal, topic_id) VALUES ($id, $headline, $ordinal, $topic_id)");
            var insertMember = Command(transaction, """
                INSERT INTO story_articles (story_id, article_id, ordinal) VALUES ($story_id, $article_id, $ordinal)
                """);
            for (var i = 0; i < stories.Count; i++)
            {
                var story = stories[i];
                try
                {
                    insertStory
                        .With("$id", story.Id)
                        .With("$headline", SqliteText.ToDb(story.Headline))
                        .With("$ordinal", i)
                        .With("$topic_id", story.TopicId)
                        .ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
                {
                    throw new StoreException($"cannot store stories: story id '{story.Id}' occurs twice", ex);
                }

                for (var j = 0; j < story.Articles.Count; j++)
                {
                    var articleId = story.Articles[j].Id;
                    try
                    {
                        insertMember
                            .With("$story_id", story.Id)
                            .With("$article_id", articleId)
                            .With("$ordinal", j)
                            .ExecuteNonQuery();
                    }
                    catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
                    {
                        throw new StoreException(
                            $"cannot store stories: story '{story.Id}' contains article '{articleId}', which is not stored", ex);
                    }
                }
            }

            foreach (var merge in merges ?? [])
            {
                InsertMerge(transaction, merge);
            }

            transaction.Commit();
            return true;
        });
    }

    /// <summary>Records a merge as the latest: one met before is moved to the end of the history rather than kept twice.</summary>
    private void InsertMerge(SqliteTransaction transaction, StoryMerge merge)
    {
        if (merge.Absorbed == merge.Survivor)
        {
            throw new StoreException($"cannot store stories: story '{merge.Absorbed}' cannot be merged into itself");
        }

        Command(transaction, """
            DELETE FROM story_merges WHERE absorbed = $absorbed AND survivor = $survivor AND article_id = $article_id
            """)
            .With("$absorbed", merge.Absorbed)
            .With("$survivor", merge.Survivor)
            .With("$article_id", merge.ArticleId)
            .ExecuteNonQuery();
        try
        {
            Command(transaction, """
                INSERT INTO story_merges (absorbed, survivor, article_id) VALUES ($absorbed, $survivor, $article_id)
                """)
                .With("$absorbed", merge.Absorbed)
                .With("$survivor", merge.Survivor)
                .With("$article_id", merge.ArticleId)
                .ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            throw new StoreException(
                $"cannot store stories: the merge of '{merge.Absorbed}' names article '{merge.ArticleId}', which is not stored", ex);
        }
    }

    public IReadOnlyList<StoryMerge> GetStoryMerges() => Guard("read story merges", () =>
    {
        var merges = new List<StoryMerge>();
        using var reader = Command(null, "SELECT absorbed, survivor, article_id FROM story_merges ORDER BY seq").ExecuteReader();
        while (reader.Read())
        {
            merges.Add(new StoryMerge(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return merges;
    });

    public IReadOnlyList<StoredStory> GetStories() => Guard("read stories", () =>
    {
        using var transaction = _connection.BeginTransaction(deferred: true);
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = Command(transaction,
                   "SELECT story_id, article_id FROM story_articles ORDER BY story_id, ordinal").ExecuteReader())
        {
            while (reader.Read())
            {
                var storyId = reader.GetString(0);
                if (!members.TryGetValue(storyId, out var list))
                {
                    members[storyId] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var stories = new List<StoredStory>();
        using (var reader = Command(transaction, "SELECT id, headline, topic_id FROM stories ORDER BY ordinal").ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                stories.Add(new StoredStory(
                    id, SqliteText.FromDbRequired(reader, 1), members.TryGetValue(id, out var ids) ? ids : [],
                    reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        return stories;
    });

    public IReadOnlyList<string> SearchArticles(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new StoreException("the search query is empty");
        }

        return Guard("search articles", () =>
        {
            // Title matches weigh double: a word in the headline says more about an article than one in the body.
            // Ties go to the article stored first, so results are stable across runs.
            var command = Command(null, """
                SELECT a.id
                FROM articles_fts
                JOIN articles AS a ON a.seq = articles_fts.rowid
                WHERE articles_fts MATCH $query
                ORDER BY bm25(articles_fts, 2.0, 1.0), a.seq
                LIMIT $limit
                """)
                .With("$query", query)
                .With("$limit", limit);
            var ids = new List<string>();
            try
            {
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR)
            {
                // FTS5 reports every syntax problem in the query as a plain SQLITE_ERROR.
                throw new StoreException($"invalid search query \"{query}\": {Describe(ex)}", ex);
            }

            return ids;
        });
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection.Dispose();
    }

    private void InsertDiagnostic(SqliteTransaction? transaction, string? articleId, Diagnostic diagnostic) =>
        Command(transaction, """
            INSERT OR IGNORE INTO diagnostics
                (article_id, source, code, stage, severity, message, span_start, span_length)
            VALUES ($article_id, $source, $code, $stage, $severity, $message, $span_start, $span_length)
            """)
            .With("$article_id", articleId)
            .With("$source", SqliteText.ToDb(diagnostic.Source))
            .With("$code", diagnostic.Code)
            .With("$stage", diagnostic.Stage)
            .With("$severity", SeverityName(diagnostic.Severity))
            .With("$message", SqliteText.ToDb(diagnostic.Message))
            .With("$span_start", diagnostic.Span?.Start)
            .With("$span_length", diagnostic.Span?.Length)
            .ExecuteNonQuery();

    private static Diagnostic ReadDiagnostic(SqliteDataReader reader, int first)
    {
        var severityName = reader.GetString(first + 2);
        if (!SeveritiesByName.TryGetValue(severityName, out var severity))
        {
            throw Damaged($"unknown severity '{severityName}'");
        }

        TextSpan? span = reader.IsDBNull(first + 5)
            ? null
            : new TextSpan(reader.GetInt32(first + 5), reader.GetInt32(first + 6));
        return new Diagnostic(
            reader.GetString(first),
            reader.GetString(first + 1),
            severity,
            SqliteText.FromDbRequired(reader, first + 3),
            SqliteText.FromDb(reader, first + 4),
            span);
    }

    /// <summary>
    /// Loads one article (<paramref name="id"/> given) or all of them with a fixed number of queries: one per table,
    /// each ordered so rows can be appended to their article as they come.
    /// </summary>
    private List<Article> LoadArticles(string? id)
    {
        var filter = id is null ? "" : "WHERE article_id = $id";

        // One read transaction, so a writer in another process cannot slip in between the queries.
        using var transaction = _connection.BeginTransaction(deferred: true);

        var articles = new List<Article>();
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        var articleFilter = id is null ? "" : "WHERE id = $id";
        using (var reader = Query(transaction, id, $"""
                   SELECT id, origin, title, outlet, url, published, text, published_precision, published_zone,
                          modified, modified_precision, modified_zone, language, metadata_sources
                   FROM articles {articleFilter} ORDER BY seq
                   """))
        {
            while (reader.Read())
            {
                var article = new Article(
                    reader.GetString(0),
                    SqliteText.FromDbRequired(reader, 1),
                    SqliteText.FromDbRequired(reader, 6),
                    new ArticleMetadata
                    {
                        Title = SqliteText.FromDb(reader, 2),
                        Outlet = SqliteText.FromDb(reader, 3),
                        Url = SqliteText.FromDb(reader, 4),
                        PublishedDate = SqliteMetadata.ReadDate(reader, 5, 7, 8, "publication"),
                        ModifiedDate = SqliteMetadata.ReadDate(reader, 9, 10, 11, "modification"),
                        Language = SqliteText.FromDb(reader, 12),
                        Sources = reader.IsDBNull(13) ? [] : SqliteMetadata.SourcesFromJson(reader.GetString(13)),
                    });
                articles.Add(article);
                byId.Add(article.Id, article);
            }
        }

        var authors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = Query(transaction, id,
                   $"SELECT article_id, name FROM article_authors {filter} ORDER BY article_id, ordinal"))
        {
            while (reader.Read())
            {
                var owner = Owner(byId, reader.GetString(0)).Id;
                if (!authors.TryGetValue(owner, out var names)) authors[owner] = names = [];
                names.Add(SqliteText.FromDbRequired(reader, 1));
            }
        }

        foreach (var (owner, names) in authors)
        {
            byId[owner].Metadata = byId[owner].Metadata with { Authors = names };
        }

        if (articles.Count == 0)
        {
            return articles;
        }

        // Ordered by the primary key, so these are plain index scans.
        using (var reader = Query(transaction, id,
                   $"SELECT article_id, start, length, role, kind FROM blocks {filter} ORDER BY article_id, ordinal"))
        {
            while (reader.Read())
            {
                var roleName = reader.GetString(3);
                if (!RolesByName.TryGetValue(roleName, out var role))
                {
                    throw Damaged($"unknown block role '{roleName}'");
                }

                var kind = BoilerplateKind.None;
                if (!reader.IsDBNull(4))
                {
                    var kindName = reader.GetString(4);
                    if (!KindsByName.TryGetValue(kindName, out kind))
                    {
                        throw Damaged($"unknown boilerplate kind '{kindName}'");
                    }
                }

                Owner(byId, reader.GetString(0)).Blocks.Add(
                    new Block(new TextSpan(reader.GetInt32(1), reader.GetInt32(2)), role, kind));
            }
        }

        using (var reader = Query(transaction, id,
                   $"SELECT article_id, start, length, block_index FROM sentences {filter} ORDER BY article_id, ordinal"))
        {
            while (reader.Read())
            {
                Owner(byId, reader.GetString(0)).Sentences.Add(
                    new Sentence(new TextSpan(reader.GetInt32(1), reader.GetInt32(2)), reader.GetInt32(3)));
            }
        }

        using (var reader = Query(transaction, id,
                   $"SELECT article_id, start, length, type FROM mentions {filter} ORDER BY article_id, ordinal"))
        {
            while (reader.Read())
            {
                var typeName = reader.GetString(3);
                if (!EntityTypes.TryParseTag(typeName, out var type))
                {
                    throw Damaged($"unknown entity type '{typeName}'");
                }

                Owner(byId, reader.GetString(0)).Mentions.Add(
                    new EntityMention(new TextSpan(reader.GetInt32(1), reader.GetInt32(2)), type));
            }
        }

        var diagnosticFilter = id is null ? "WHERE article_id IS NOT NULL" : filter;
        using (var reader = Query(transaction, id,
                   $"SELECT article_id, {DiagnosticColumns} FROM diagnostics {diagnosticFilter} ORDER BY seq"))
        {
            while (reader.Read())
            {
                Owner(byId, reader.GetString(0)).Diagnostics.Add(ReadDiagnostic(reader, 1));
            }
        }

        return articles;
    }

    private SqliteDataReader Query(SqliteTransaction transaction, string? id, string sql)
    {
        var command = Command(transaction, sql);
        if (id is not null)
        {
            command.With("$id", id);
        }

        return command.ExecuteReader();
    }

    private static Article Owner(Dictionary<string, Article> byId, string articleId) =>
        byId.TryGetValue(articleId, out var article)
            ? article
            : throw Damaged($"annotations refer to missing article '{articleId}'");

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    internal static StoreException Damaged(string detail) => new($"the store is damaged: {detail}");

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>Turns SQLite failures (locked, disk full, read-only file) into a user-facing <see cref="StoreException"/>.</summary>
    private T Guard<T>(string action, Func<T> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return body();
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"cannot {action} in '{_name}': {Describe(ex)}", ex);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string DescribeOpenFailure(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB => $"'{path}' is not a Dossier store (not a SQLite database)",
        SQLitePCL.raw.SQLITE_CORRUPT => $"'{path}' is damaged (SQLite reports it as corrupt)",
        SQLitePCL.raw.SQLITE_CANTOPEN => $"cannot open store '{path}': the file or its directory cannot be opened",
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => $"store '{path}' is locked by another process",
        _ => $"cannot open store '{path}': {Describe(ex)}",
    };

    // Microsoft.Data.Sqlite wraps SQLite's own message as "SQLite Error 1: '...'."; the user needs only the inside.
    private static string Describe(SqliteException ex)
    {
        var match = SqliteMessage().Match(ex.Message);
        return match.Success ? match.Groups["message"].Value : ex.Message;
    }

    [GeneratedRegex(@"^SQLite Error \d+: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex SqliteMessage();
}

internal static class SqliteCommandExtensions
{
    /// <summary>Sets a parameter, adding it on first use, so a cached command is re-bound without being rebuilt.</summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index < 0)
        {
            parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        else
        {
            parameters[index].Value = value ?? DBNull.Value;
        }

        return command;
    }
}
