using System.Reflection.Metadata;

// Prints, for each portable PDB, how many C# documents it lists and how many carry their source; exit 1 when a PDB
// lists none or one of them lacks its source.
var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var failed = false;
foreach (var path in args)
{
    using var stream = File.OpenRead(path);
    using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
    var reader = provider.GetMetadataReader();
    var documents = reader.Documents.Where(d => reader.GetString(reader.GetDocument(d).Name).EndsWith(".cs", StringComparison.Ordinal)).ToList();
    var withSource = documents.Count(d => reader.GetCustomDebugInformation(d).Any(c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == embeddedSource));
    Console.WriteLine($"{Path.GetFileName(path)}: {withSource} of {documents.Count} C# documents carry their source");
    failed |= documents.Count == 0 || withSource != documents.Count;
}

return failed ? 1 : 0;
