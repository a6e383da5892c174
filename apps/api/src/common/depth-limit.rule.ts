import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Refuses queries nested deeper than `maxDepth` fields, before any resolver runs. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION
            ? [[definition.name.value, definition] as const]
            : [],
        ),
    );
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD:
          return node.selectionSet ? depthOf(node.selectionSet, depth + 1, seen) : depth;
        case Kind.SELECTION_SET:
          return Math.max(
            depth,
            ...node.selections.map((selection) => depthOf(selection, depth, seen)),
          );
        case Kind.INLINE_FRAGMENT:
        case Kind.OPERATION_DEFINITION:
          return depthOf(node.selectionSet, depth, seen);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(node.name.value)) return depth;
          return depthOf(fragment.selectionSet, depth, new Set([...seen, node.name.value]));
        }
        default:
          return depth;
      }
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };
}
