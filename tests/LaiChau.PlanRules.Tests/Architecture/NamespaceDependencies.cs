using LaiChau.PlanRules.Compliance;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace LaiChau.PlanRules.Tests.Architecture;

/// <summary>
/// The namespace dependency graph of the compiled library, read from its metadata and IL with Mono.Cecil
/// (not from <c>using</c> lines, which miss fully qualified names): base types, interfaces, fields,
/// properties, method signatures, attributes and every type, method or field an IL instruction names.
/// A nested or compiler-generated type counts for the namespace of its outermost declaring type.
/// </summary>
internal static class NamespaceDependencies
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var module = assembly.MainModule;
        // Compiler-generated types of the global namespace (<Module>, <PrivateImplementationDetails>) are no namespace of ours.
        var own = new HashSet<string>(module.GetTypes().Select(t => Outer(t).Namespace).Where(ns => ns.Length > 0), StringComparer.Ordinal);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = Outer(type).Namespace;
            if (from.Length == 0) continue; // <Module>
            if (!graph.TryGetValue(from, out var to)) graph[from] = to = new HashSet<string>(StringComparer.Ordinal);
            void Add(TypeReference? t)
            {
                foreach (var ns in Namespaces(t, module))
                {
                    if (ns != from && own.Contains(ns)) to.Add(ns);
                }
            }

            Add(type.BaseType);
            foreach (var i in type.Interfaces) Add(i.InterfaceType);
            foreach (var a in type.CustomAttributes) AddAttribute(a, Add);
            foreach (var f in type.Fields) { Add(f.FieldType); foreach (var a in f.CustomAttributes) AddAttribute(a, Add); }
            foreach (var p in type.Properties) { Add(p.PropertyType); foreach (var a in p.CustomAttributes) AddAttribute(a, Add); }
            foreach (var e in type.Events) Add(e.EventType);
            foreach (var g in type.GenericParameters) foreach (var c in g.Constraints) Add(c.ConstraintType);
            foreach (var m in type.Methods)
            {
                Add(m.ReturnType);
                foreach (var p in m.Parameters) Add(p.ParameterType);
                foreach (var a in m.CustomAttributes) AddAttribute(a, Add);
                foreach (var g in m.GenericParameters) foreach (var c in g.Constraints) Add(c.ConstraintType);
                if (!m.HasBody) continue;
                foreach (var v in m.Body.Variables) Add(v.VariableType);
                foreach (var h in m.Body.ExceptionHandlers) Add(h.CatchType);
                foreach (var ins in m.Body.Instructions)
                {
                    switch (ins.Operand)
                    {
                        case TypeReference t: Add(t); break;
                        case MethodReference mr:
                            Add(mr.DeclaringType);
                            Add(mr.ReturnType);
                            foreach (var p in mr.Parameters) Add(p.ParameterType);
                            if (mr is GenericInstanceMethod gim) foreach (var ga in gim.GenericArguments) Add(ga);
                            break;
                        case FieldReference fr: Add(fr.DeclaringType); Add(fr.FieldType); break;
                    }
                }
            }
        }

        return graph.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value, StringComparer.Ordinal);
    }

    private static void AddAttribute(CustomAttribute a, Action<TypeReference?> add)
    {
        add(a.AttributeType);
        foreach (var arg in a.ConstructorArguments) if (arg.Value is TypeReference t) add(t);
        foreach (var arg in a.Properties) if (arg.Argument.Value is TypeReference t) add(t);
    }

    private static IEnumerable<string> Namespaces(TypeReference? t, ModuleDefinition module)
    {
        switch (t)
        {
            case null:
            case GenericParameter:
                yield break;
            case GenericInstanceType g:
                foreach (var ns in Namespaces(g.ElementType, module)) yield return ns;
                foreach (var a in g.GenericArguments)
                foreach (var ns in Namespaces(a, module)) yield return ns;
                yield break;
            case TypeSpecification s:
                foreach (var ns in Namespaces(s.ElementType, module)) yield return ns;
                yield break;
        }

        if (t.Scope is ModuleDefinition m && m == module || t.Scope == module)
        {
            var outer = t;
            while (outer.DeclaringType is not null) outer = outer.DeclaringType;
            yield return outer.Namespace;
        }
    }

    private static TypeDefinition Outer(TypeDefinition t)
    {
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    /// <summary>The library's compiled assembly, as the tests reference it.</summary>
    public static string LibraryPath => typeof(ComplianceEvaluator).Assembly.Location;
}
