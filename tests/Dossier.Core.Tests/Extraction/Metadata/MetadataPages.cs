using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;

namespace Dossier.Core.Tests.Extraction.Metadata;

/// <summary>Small hand-written pages for the metadata reader tests.</summary>
internal static class MetadataPages
{
    public static PageMetadata Read(string html, string? pageUrl = null) =>
        PageMetadataReader.Read(HtmlDocument.Parse(html), pageUrl is null ? null : new Uri(pageUrl));

    /// <summary>A page with the given head and an article body long enough to be "the article".</summary>
    public static string Page(string head, string articleTop = "", string lang = "") => $$"""
        <!doctype html><html{{(lang.Length > 0 ? $" lang=\"{lang}\"" : "")}}><head>{{head}}</head>
        <body><nav><a href="/">Home</a></nav>
        <article>{{articleTop}}
        <p>The port workers' union and the terminal operators met again on Monday after three days of strike, and both sides said the talks were serious.</p>
        <p>Ships were still waiting outside the harbour in the evening, and the freight companies warned that the queue would take a week to clear.</p>
        <p>The minister said she would not take part in the talks but would meet both sides if they asked her to, and that the government wanted a deal soon.</p>
        </article></body></html>
        """;

    public static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";
}
