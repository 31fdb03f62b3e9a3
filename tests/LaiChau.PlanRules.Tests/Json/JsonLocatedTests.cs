using LaiChau.PlanRules.Json;

namespace LaiChau.PlanRules.Tests.Json;

public class JsonLocatedTests
{
    internal sealed class Item : JsonLocated
    {
        public string? Id { get; set; }
    }

    internal sealed class Root : JsonLocated
    {
        public List<Item> Items { get; set; } = [];

        public Item? Single { get; set; }
    }

    [Fact]
    public void Location_IsTheObjectsOwnPath_NotItsFirstMember()
    {
        var json = "{\n  \"items\": [\n    { \"id\": \"a\" },\n    { \"id\": \"b\" }\n  ],\n  \"single\": { \"id\": \"c\" }\n}";

        var root = StrictJson.Read<Root>(new StringReader(json), "t.json");

        Assert.Equal("items[1]", root.Items[1].Location.Path);
        Assert.Equal(4, root.Items[1].Location.Line);
        Assert.Equal("single", root.Single!.Location.Path);
        Assert.Equal(string.Empty, root.Location.Path);
    }
}
