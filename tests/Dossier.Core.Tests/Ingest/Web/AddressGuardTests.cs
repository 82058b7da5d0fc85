using System.Net;
using Dossier.Core.Ingest.Web;

namespace Dossier.Core.Tests.Ingest.Web;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.0.10", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("fc00::1", "private (unique local)")]
    [InlineData("fdff::1", "private (unique local)")]
    [InlineData("100.64.0.1", "shared (carrier-grade NAT)")]
    [InlineData("100.127.255.254", "shared (carrier-grade NAT)")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("::ffff:192.168.1.1", "private")]
    [InlineData("64:ff9b::a00:1", "private")]
    [InlineData("2002:a00:1::", "private")]
    [InlineData("::10.0.0.1", "private")]
    public void Classifies_non_public_addresses(string address, string kind) =>
        Assert.Equal(kind, AddressGuard.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("2606:4700::6810:85e5")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_pass(string address) =>
        Assert.Null(AddressGuard.Classify(IPAddress.Parse(address)));

    [Fact]
    public void Allow_private_allows_everything_and_an_allowed_endpoint_only_itself()
    {
        var loopback = IPAddress.Loopback;
        Assert.Null(new AddressGuard(allowPrivate: true).Refusal(IPAddress.Parse("10.0.0.1"), 80));

        var guard = new AddressGuard(allowPrivate: false, [new IPEndPoint(loopback, 8080)]);
        Assert.Null(guard.Refusal(loopback, 8080));
        Assert.Null(guard.Refusal(IPAddress.Parse("::ffff:127.0.0.1"), 8080));
        Assert.Equal("loopback", guard.Refusal(loopback, 8081));
        Assert.Equal("loopback", guard.Refusal(IPAddress.Parse("127.0.0.2"), 8080));
    }
}
