using GpSafetyHub.Web.SignIn;

namespace GpSafetyHub.Tests.Unit.Web;

/// <summary>Where signing in returns to: a page of this site, never another site however the address is disguised.</summary>
public sealed class ReturnAddressTests
{
    [Theory]
    [InlineData("/programmes", "/programmes")]
    [InlineData("/practices/A81001/programmes/ai-scribe?saved=sop", "/practices/A81001/programmes/ai-scribe?saved=sop")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\n/evil.example", "/")]
    [InlineData("programmes", "/")]
    public void Only_a_path_on_this_site_is_returned_to(string? asked, string expected) =>
        Assert.Equal(expected, SignInEndpoints.LocalOrHome(asked));
}
