namespace Dossier.Core.Tests.Stories;

/// <summary>Invented news texts for the near-duplicate and novelty tests: one wire report, its copies, and independent reports of the same event.</summary>
internal static class WireTexts
{
    public static readonly string[] ReportSentences =
    [
        "The harbour authority of Velmora closed the northern shipping lane on Thursday after a grain freighter ran aground on a sandbank near the lighthouse at Cape Dorn.",
        "The Istra Queen, carrying 42,000 tonnes of barley from Port Calder, lost steering shortly before dawn and drifted onto the bank, harbour master Tomas Ruell told reporters.",
        "None of the 19 crew members was hurt, and divers found no breach in the hull during a first inspection in the afternoon.",
        "Two tugboats tried to pull the vessel free at high tide but gave up after an hour when a towing cable snapped.",
        "Ruell said a second attempt was planned for Friday morning, once a salvage team from Kessburg had arrived with heavier equipment.",
        "About thirty ships were waiting outside the port by evening, and the authority said they would be routed through the narrower southern channel in the meantime.",
        "The shipping company, Northwind Bulk Lines, said in a statement that it was cooperating fully with the investigation and that the cargo was insured.",
        "Fishermen in the village of Ost Lenna said the sandbank had grown noticeably since the autumn storms and that buoys marking it had not been moved.",
        "The regional transport minister, Helga Stroem, is due to visit the harbour on Saturday.",
        "It is the third grounding near Cape Dorn in five years.",
    ];

    public static string Report => string.Join(" ", ReportSentences);

    /// <summary>The report as a paper reprints it: its own headline, a dateline and byline, a footer.</summary>
    public static string Reprint =>
        "Freighter stuck off Cape Dorn, lane shut\n\nVELMORA (Coastal Wire) -- By Ana Petrid\n\n" + Report +
        "\n\nCopyright 2025 Coastal Wire. All rights reserved. Reporting by Ana Petrid; editing by Jon Hale.";

    /// <summary>The first six paragraphs only, as a paper short of space keeps them.</summary>
    public static string Trimmed => string.Join(" ", ReportSentences[..6]);

    /// <summary>A few words changed, typographic quotes and apostrophes, a number spelled another way.</summary>
    public static string Edited => Report
        .Replace("on Thursday", "on Thursday morning")
        .Replace("told reporters", "said")
        .Replace("42,000", "42 000")
        .Replace("gave up after an hour", "abandoned the effort after an hour")
        .Replace("About thirty ships", "Around 30 ships")
        .Replace("is due to visit", "will visit")
        .Replace("Ruell said", "Ruell’s office said");

    /// <summary>Another outlet's own report of the same grounding: same facts and names, its own words.</summary>
    public static readonly string OtherReport = string.Join(" ",
        "A bulk carrier loaded with barley is stuck on a sandbank off Cape Dorn, and Velmora's port has shut its main northern approach while salvage crews work to free it.",
        "The Istra Queen's steering failed in the early hours, according to harbour master Tomas Ruell, and the ship slid onto the shallows close to the lighthouse.",
        "Its crew of 19 are safe and the hull appears intact.",
        "A cable broke when tugs attempted to tow the freighter off during Thursday's high tide.",
        "Heavier salvage gear is on its way from Kessburg and another try is scheduled for Friday.",
        "Dozens of vessels are queuing at the harbour entrance and will be diverted to the southern channel, port officials said.",
        "Local fishermen blamed the growing sandbank, which they said was badly marked after the storms of the autumn.",
        "Owner Northwind Bulk Lines said its cargo was insured.");

    /// <summary>The next day's update: it repeats half the first report and adds the refloating.</summary>
    public static string Update => string.Join(" ",
        "Salvage crews refloated the grain freighter Istra Queen off Cape Dorn on Friday, a day after it ran aground, and Velmora reopened its northern shipping lane by noon.",
        "Three tugboats and a heavy winch barge from Kessburg pulled the ship clear at the morning high tide on a second attempt.",
        "A fuller survey in dry dock at Port Calder will check the hull for damage, the owner said.",
        "Ships that had queued overnight began entering the port in the early afternoon.",
        string.Join(" ", ReportSentences[1..6]));

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "bri", "del", "sun", "por", "ath", "quel", "ni", "gor", "fe", "lun"];

    /// <summary>A text of made-up words, different for every <paramref name="n"/>: unrelated articles for filling the index.</summary>
    public static string Unrelated(int n, int words = 60)
    {
        var random = new Random(n);
        var text = new System.Text.StringBuilder();
        for (var w = 0; w < words; w++)
        {
            for (var s = random.Next(1, 4); s > 0; s--) text.Append(Syllables[random.Next(Syllables.Length)]);
            text.Append(w % 12 == 11 ? ". " : " ");
        }
        return text.ToString();
    }
}
