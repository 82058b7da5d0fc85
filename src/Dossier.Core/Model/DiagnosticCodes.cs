namespace Dossier.Core.Model;

/// <summary>
/// The stable codes of every diagnostic Dossier records. Codes never change meaning; new ones are added at the end
/// of their stage's range. docs/FORMATS.md lists them for users.
/// </summary>
public static class DiagnosticCodes
{
    // Ingest: 100-199
    public const string EmptyFile = "DSR101";
    public const string BinaryFile = "DSR102";
    public const string InvalidUtf8 = "DSR103";
    public const string FileTooLarge = "DSR104";
    public const string UnreadableFile = "DSR105";
    public const string UnsupportedFileType = "DSR106";
    public const string PathNotFound = "DSR107";
    public const string InvalidJson = "DSR108";
    public const string JsonRecordWithoutText = "DSR109";
    public const string DuplicateContent = "DSR110";
    public const string TooManyRecords = "DSR111";
    public const string UnparsableDate = "DSR112";
    public const string UnknownCharset = "DSR113";
    public const string AddressRefused = "DSR114";
    public const string HttpError = "DSR115";
    public const string FetchTimeout = "DSR116";
    public const string ResponseTooLarge = "DSR117";
    public const string UnsupportedContentType = "DSR118";
    public const string TooManyRedirects = "DSR119";
    public const string Unreachable = "DSR120";
    public const string InvalidFeed = "DSR121";
    public const string InvalidWarc = "DSR122";
    public const string InvalidUrl = "DSR123";
    public const string NotModified = "DSR124";
    public const string EmptyFeed = "DSR125";
    public const string WarcRecordsSkipped = "DSR126";
    public const string DeclaredCharsetIgnored = "DSR127";

    // Extraction: 200-299
    public const string NoBodyText = "DSR201";
    public const string NotAnArticle = "DSR202";
    public const string TextTruncated = "DSR203";
    public const string UnparsableMetadataDate = "DSR204";
    public const string ConflictingMetadataDates = "DSR205";

    // Analysis: 300-399
    public const string InvalidMentions = "DSR301";
    public const string TooManyMentions = "DSR302";

    // Internal failures of a stage on one article: 900-999
    public const string StageFailed = "DSR901";
}
