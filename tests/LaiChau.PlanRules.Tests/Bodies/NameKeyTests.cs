using System.Text;
using LaiChau.PlanRules.Bodies;

namespace LaiChau.PlanRules.Tests.Bodies;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân huyện Tam Đường", "UBND huyện Tam Đường")] // written out or abbreviated
    [InlineData("Ủy ban nhân dân", "Uỷ ban nhân dân")] // new and old tone placement
    [InlineData("Văn hóa", "Văn hoá")] // hòa / hoà
    [InlineData("Lao động - Thương binh", "Lao động–Thương binh")] // hyphen, en dash, spacing
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa Thể thao và Du lịch")] // comma
    [InlineData("TT. Tỉnh ủy", "TT Tỉnh ủy")] // full stop
    public void Exact_SpellingVariants_AreEqual(string a, string b)
    {
        Assert.Equal(NameKey.Exact(a), NameKey.Exact(b));
    }

    [Fact]
    public void Exact_NfdAndNfc_AreEqual()
    {
        const string Name = "Sở Lao động - Thương binh và Xã hội";

        Assert.Equal(NameKey.Exact(Name.Normalize(NormalizationForm.FormC)), NameKey.Exact(Name.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Than Uyên", "Tân Uyên")] // two districts
    [InlineData("Sìn Hồ", "Sin Hồ")] // a tone mark matters
    [InlineData("Sở LĐ-TB&XH", "Sở LĐ-TB XH")] // "&" is kept
    [InlineData("BCSĐ", "BCSD")] // Đ is not D (FACTS §3 lists both as aliases instead)
    public void Exact_DifferentNames_Differ(string a, string b)
    {
        Assert.NotEqual(NameKey.Exact(a), NameKey.Exact(b));
    }

    [Theory]
    [InlineData("Sở Nội vụ tỉnh Lai Châu", "Sở Nội vụ")] // trailing "tỉnh Lai Châu"
    [InlineData("Thanh tra tỉnh", "Thanh tra")] // trailing "tỉnh"
    [InlineData("UBND huyện Tam Đường", "huyện Tam Đường")] // leading UBND
    [InlineData("Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh")] // both: the issuer
    public void Canonical_LooserVariants_AreEqual(string a, string b)
    {
        Assert.Equal(NameKey.Canonical(a), NameKey.Canonical(b));
    }

    [Theory]
    [InlineData("UBND")] // never stripped to nothing
    [InlineData("tỉnh")]
    public void Canonical_SingleWord_IsKept(string text)
    {
        Assert.NotEmpty(NameKey.Canonical(text));
    }
}
