using System.Collections.Frozen;
using Jinning.Contracts.V1;

namespace Jinning.Messaging;

/// <summary>Maps the names stored in outbox rows to contract types, and back.</summary>
public static class ContractTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IssueReported).Assembly
        .GetExportedTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false, Namespace: not null } && type.Namespace.StartsWith("Jinning.Contracts.", StringComparison.Ordinal))
        .ToFrozenDictionary(type => type.FullName!);

    public static string NameOf(Type type) =>
        ByName.ContainsKey(type.FullName ?? "") ? type.FullName! : type.AssemblyQualifiedName!;

    public static Type? Resolve(string name) =>
        ByName.TryGetValue(name, out var type) ? type : Type.GetType(name, throwOnError: false);
}
