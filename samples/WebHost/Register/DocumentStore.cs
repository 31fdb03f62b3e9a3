using Dapper;
using LaiChau.PlanRules.Evidence;
using Microsoft.Data.Sqlite;

namespace WebHost.Register;

/// <summary>
/// The register of incoming documents (sổ văn bản đến) in one SQLite file: the evidence header (plan, policy,
/// illustrative flag) and one row per document, stored as the library's own evidence JSON. Every write is one
/// transaction; a method returns only after the commit.
/// </summary>
internal sealed class DocumentStore(string path)
{
    /// <summary>The schema version this code writes; <see cref="Migrate"/> brings older files up to it.</summary>
    public const int SchemaVersion = 1;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        c.Open();
        // WAL: readers do not block the writer; FULL: a commit survives a killed process.
        c.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        return c;
    }

    /// <summary>Creates the tables, or upgrades them from an older schema version (PRAGMA user_version).</summary>
    public void Migrate()
    {
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        using var c = Open();
        using var tx = c.BeginTransaction();
        var version = c.ExecuteScalar<long>("PRAGMA user_version", transaction: tx);
        if (version < 1)
        {
            c.Execute("""
                CREATE TABLE IF NOT EXISTS header (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS documents (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    json TEXT NOT NULL,
                    registered_at TEXT NOT NULL);
                PRAGMA user_version = 1;
                """, transaction: tx);
        }

        tx.Commit();
    }

    /// <summary>Writes the header and the documents when the register is empty; false when it was not.</summary>
    public bool SeedIfEmpty(EvidenceSet seed, DateTimeOffset now)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM header", transaction: tx) > 0)
        {
            return false;
        }

        c.Execute("INSERT INTO header (id, json) VALUES (1, @json)", new { json = EvidenceWriter.Serialize(EvidenceParts.Header(seed)) }, tx);
        Insert(c, tx, seed, EvidenceParts.Items(seed), now);
        tx.Commit();
        return true;
    }

    /// <summary>Adds documents in one transaction; returns after the commit.</summary>
    public void Add(EvidenceSet header, IReadOnlyList<EvidenceItem> items, DateTimeOffset now)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        Insert(c, tx, header, items, now);
        tx.Commit();
    }

    /// <summary>Removes a document; false when the register has no document of that id.</summary>
    public bool Remove(string id)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        var n = c.Execute("DELETE FROM documents WHERE id = @id", new { id }, tx);
        tx.Commit();
        return n > 0;
    }

    /// <summary>Everything the register holds, as one evidence set (documents in the order registered).</summary>
    public EvidenceSet Load()
    {
        using var c = Open();
        var header = c.QuerySingleOrDefault<string>("SELECT json FROM header WHERE id = 1");
        var head = header is null ? new EvidenceSet() : EvidenceReader.Parse(header, "register:header");
        var rows = c.Query<(string Id, string Json)>("SELECT id AS Id, json AS Json FROM documents ORDER BY seq");
        return EvidenceParts.Join(head, rows.Select(r => EvidenceParts.FromJson(r.Json, r.Id)));
    }

    private static void Insert(SqliteConnection c, SqliteTransaction tx, EvidenceSet header, IEnumerable<EvidenceItem> items, DateTimeOffset now)
    {
        foreach (var item in items)
        {
            c.Execute(
                "INSERT INTO documents (id, kind, json, registered_at) VALUES (@id, @kind, @json, @at)",
                new { id = item.Id, kind = item.GetType().Name, json = EvidenceParts.ToJson(header, item), at = now.ToString("O") },
                tx);
        }
    }
}
