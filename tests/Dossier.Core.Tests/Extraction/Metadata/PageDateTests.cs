using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class PageDateTests
{
    [Theory]
    [InlineData("2025-06", "2025-06")]
    [InlineData("2025-06-09", "2025-06-09")]
    [InlineData("2025-6-9", "2025-06-09")]
    [InlineData("2025/06/09", "2025-06-09")]
    [InlineData("2025-06-09T10:00", "2025-06-09T10:00")]
    [InlineData("2025-06-09T10:00+01:00", "2025-06-09T10:00+01:00")]
    [InlineData("2025-06-09T10:00:30Z", "2025-06-09T10:00:30+00:00")]
    [InlineData("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00")]
    [InlineData("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00")]
    [InlineData("2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55+00:00")]
    [InlineData("2019-04-28 06:01:07 -07", "2019-04-28T06:01:07-07:00")]
    [InlineData("Thu, 24 Jul 2015 05:36:09 GMT", "2015-07-24T05:36:09+00:00")]
    [InlineData("July 24, 2015", "2015-07-24")]
    [InlineData("Jul. 24th, 2015 3:46 PM EDT", "2015-07-24T15:46-04:00")]
    [InlineData("March 11, 2015 12:05 am", "2015-03-11T00:05")]
    [InlineData("24 juillet 2015 à 10h30", "2015-07-24T10:30")]
    [InlineData("1. November 2021 um 10.52 Uhr", "2021-11-01T10:52")]
    [InlineData("21 de dezembro de 2018", "2018-12-21")]
    [InlineData("24.07.2015", "2015-07-24")]
    [InlineData("1437716169", "2015-07-24T05:36:09+00:00")]
    [InlineData("1437716169000", "2015-07-24T05:36:09+00:00")]
    public void Parses_what_pages_write_at_the_precision_they_give(string value, string iso)
    {
        var date = PageDateParser.Parse(value);

        Assert.NotNull(date);
        Assert.Equal(iso, date.Value.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025")]
    [InlineData("04/05/2018")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2025-06-09T25:00")]
    [InlineData("Updated 3 times since June 9, 2025, by the desk, with corrections")]
    public void Refuses_what_is_not_a_date(string value) => Assert.Null(PageDateParser.Parse(value));

    [Fact]
    public void An_unknown_zone_name_gives_a_date_without_a_zone()
    {
        var date = PageDateParser.Parse("July 24, 2015 3:46 PM XYZ");

        Assert.NotNull(date);
        Assert.False(date.Value.HasZone);
        Assert.Equal("2015-07-24T15:46", date.Value.ToIso());
    }

    [Fact]
    public void Finds_the_first_date_in_visible_text()
    {
        var found = PageDateParser.Find("By Jane Doe | Published June 9, 2025 at 10:02 am · Updated June 10, 2025");

        Assert.NotNull(found);
        Assert.Equal("2025-06-09T10:02", found.Value.Date.ToIso());
        Assert.Equal(24, found.Value.Index);
    }

    [Fact]
    public void A_date_without_a_zone_keeps_the_wall_clock_time_and_says_so()
    {
        var date = new PageDate(new DateTimeOffset(2025, 6, 9, 10, 0, 0, TimeSpan.FromHours(3)), DatePrecision.Minute, hasZone: false);

        Assert.Equal("2025-06-09T10:00", date.ToIso());
        Assert.Equal(TimeSpan.Zero, date.Instant.Offset);
        Assert.Equal(10, date.Instant.Hour);
    }

    [Fact]
    public void A_day_never_claims_a_zone_and_starts_at_midnight()
    {
        var date = new PageDate(new DateTimeOffset(2025, 6, 9, 17, 45, 0, TimeSpan.FromHours(2)), DatePrecision.Day, hasZone: true);

        Assert.False(date.HasZone);
        Assert.Equal("2025-06-09", date.ToIso());
        Assert.Equal(new DateTimeOffset(2025, 6, 9, 0, 0, 0, TimeSpan.Zero), date.Instant);
    }

    [Fact]
    public void An_exact_instant_keeps_its_fractions_and_offset()
    {
        var instant = new DateTimeOffset(2024, 3, 1, 14, 30, 15, TimeSpan.FromHours(5.5)).AddTicks(1234567);
        var date = PageDate.Exact(instant);

        Assert.Equal(instant.Ticks, date.Instant.Ticks);
        Assert.Equal(instant.Offset, date.Instant.Offset);
        Assert.Equal("2024-03-01T14:30:15+05:30", date.ToIso());
    }

    [Fact]
    public void Same_day_reads_an_instant_in_the_first_dates_zone()
    {
        var evening = PageDateParser.Parse("2025-06-09T23:30-04:00")!.Value;
        var sameInstantUtc = PageDateParser.Parse("2025-06-10T03:30Z")!.Value;
        var dayOnly = PageDateParser.Parse("2025-06-09")!.Value;

        Assert.True(evening.SameDayAs(sameInstantUtc));
        Assert.True(evening.SameDayAs(dayOnly));
        Assert.False(sameInstantUtc.SameDayAs(dayOnly));
        Assert.False(PageDateParser.Parse("2025-06")!.Value.SameDayAs(dayOnly));
    }

    [Theory]
    [InlineData("Sept", 9)]
    [InlineData("März", 3)]
    [InlineData("DÉCEMBRE", 12)]
    [InlineData("agosto", 8)]
    [InlineData("mei", 5)]
    [InlineData("jui", null)]
    [InlineData("Ma", null)]
    [InlineData("Monday", null)]
    public void Month_names_in_several_languages(string word, int? month) => Assert.Equal(month, MonthNames.Of(word));
}
