using Mono.Cecil;

namespace Involvim.Tests.Architecture;

/// <summary>
/// Which feature of the compiled web assembly uses which: every type of <c>Involvim.Web.Features.X</c> (and the
/// compiled Razor views of <c>Features/X/</c>) and everything it refers to — base types, interfaces, fields,
/// signatures, attributes, and the types, methods and fields its method bodies use — read with Mono.Cecil.
/// </summary>
public static class FeatureGraph
{
    private const string Prefix = "Involvim.Web.Features.";

    /// <summary>The feature a type belongs to, or null (infrastructure, framework, the app's root).</summary>
    public static string? FeatureOf(TypeReference type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        var ns = type.Namespace;
        if (ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var rest = ns[Prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? rest : rest[..dot];
        }

        // Compiled views: AspNetCoreGeneratedDocument.Features_Directory_Manage_EditService
        if (ns == "AspNetCoreGeneratedDocument" && type.Name.StartsWith("Features_", StringComparison.Ordinal))
        {
            var parts = type.Name.Split('_');
            return parts.Length > 2 ? parts[1] : null;
        }

        return null;
    }

    /// <summary>Every edge (from, to) between two different features, with one example of why.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Edges(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            if (FeatureOf(type) is not { } from)
            {
                continue;
            }

            void Use(TypeReference? used, string where)
            {
                foreach (var t in Expand(used))
                {
                    if (FeatureOf(t) is { } to && to != from)
                    {
                        edges.TryAdd((from, to), $"{type.FullName} → {t.FullName} ({where})");
                    }
                }
            }

            Use(type.BaseType, "base type");
            foreach (var i in type.Interfaces)
            {
                Use(i.InterfaceType, "interface");
            }

            foreach (var a in type.CustomAttributes)
            {
                Use(a.AttributeType, "attribute");
            }

            foreach (var f in type.Fields)
            {
                Use(f.FieldType, "field " + f.Name);
            }

            foreach (var p in type.Properties)
            {
                Use(p.PropertyType, "property " + p.Name);
            }

            foreach (var m in type.Methods)
            {
                Use(m.ReturnType, "return of " + m.Name);
                foreach (var p in m.Parameters)
                {
                    Use(p.ParameterType, "parameter of " + m.Name);
                }

                if (!m.HasBody)
                {
                    continue;
                }

                foreach (var v in m.Body.Variables)
                {
                    Use(v.VariableType, "local in " + m.Name);
                }

                foreach (var instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Use(t, "body of " + m.Name);
                            break;
                        case MethodReference mr:
                            Use(mr.DeclaringType, "call in " + m.Name);
                            Use(mr.ReturnType, "call in " + m.Name);
                            if (mr is GenericInstanceMethod g)
                            {
                                foreach (var arg in g.GenericArguments)
                                {
                                    Use(arg, "generic call in " + m.Name);
                                }
                            }

                            break;
                        case FieldReference fr:
                            Use(fr.DeclaringType, "field use in " + m.Name);
                            Use(fr.FieldType, "field use in " + m.Name);
                            break;
                    }
                }
            }
        }

        return edges;
    }

    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        if (type is null)
        {
            yield break;
        }

        switch (type)
        {
            case GenericInstanceType g:
                yield return g.ElementType;
                foreach (var arg in g.GenericArguments.SelectMany(Expand))
                {
                    yield return arg;
                }

                break;
            case TypeSpecification spec:
                foreach (var inner in Expand(spec.ElementType))
                {
                    yield return inner;
                }

                break;
            default:
                yield return type;
                break;
        }
    }
}
