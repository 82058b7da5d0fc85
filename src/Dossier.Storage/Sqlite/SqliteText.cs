using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// Stores .NET strings exactly. SQLite text is UTF-8, so a string with an unpaired surrogate (a truncated emoji, a bad
/// JSON escape) would come back with U+FFFD in its place. Such strings are stored as UTF-16LE blobs instead; every
/// well-formed string stays plain text, so the database remains readable with ordinary SQLite tools.
/// </summary>
internal static class SqliteText
{
    public static object ToDb(string? value) =>
        value is null ? DBNull.Value
        : IsWellFormed(value) ? value
        : ToUtf16LittleEndian(value);

    public static string? FromDb(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : reader.GetValue(ordinal) switch
        {
            string text => text,
            byte[] utf16 => FromUtf16LittleEndian(utf16),
            var other => throw new StoreException($"the store is damaged: expected text, found {other.GetType().Name}"),
        };

    public static string FromDbRequired(SqliteDataReader reader, int ordinal) =>
        FromDb(reader, ordinal) ?? throw new StoreException("the store is damaged: a required text value is missing");

    internal static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    // Explicit little-endian so a store file means the same on every machine.
    private static byte[] ToUtf16LittleEndian(string value)
    {
        var bytes = new byte[value.Length * 2];
        for (var i = 0; i < value.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), value[i]);
        }

        return bytes;
    }

    private static string FromUtf16LittleEndian(byte[] bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new StoreException("the store is damaged: a UTF-16 text value has an odd number of bytes");
        }

        if (BitConverter.IsLittleEndian)
        {
            return new string(MemoryMarshal.Cast<byte, char>(bytes));
        }

        return string.Create(bytes.Length / 2, bytes, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(source.AsSpan(i * 2));
            }
        });
    }
}
