// The mutants of one TypeScript file: small, plausible mistakes a test suite should notice, of
// the kinds mutation testing tools have settled on (StrykerJS's mutator set, in part): a boundary
// moved (`<` for `<=`), a condition forced or inverted, a logical or arithmetic operator swapped,
// a string or array emptied, a regular expression loosened, a method swapped for its twin, a
// function body removed. Each mutant is one text replacement, found by walking the file's syntax
// tree with the TypeScript compiler (so nothing inside types, imports or comments is touched).
import ts from "typescript";

export interface Mutant {
  file: string;
  /** 1-based line of the replaced text. */
  line: number;
  start: number;
  end: number;
  replacement: string;
  /** `EqualityOperator: < → <=`, for the report. */
  description: string;
}

const OPERATOR_SWAPS: Partial<Record<ts.SyntaxKind, { to: string[]; kind: string }>> = {
  [ts.SyntaxKind.LessThanToken]: { to: ["<=", ">="], kind: "EqualityOperator" },
  [ts.SyntaxKind.LessThanEqualsToken]: { to: ["<", ">"], kind: "EqualityOperator" },
  [ts.SyntaxKind.GreaterThanToken]: { to: [">=", "<="], kind: "EqualityOperator" },
  [ts.SyntaxKind.GreaterThanEqualsToken]: { to: [">", "<"], kind: "EqualityOperator" },
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: { to: ["!=="], kind: "EqualityOperator" },
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: { to: ["==="], kind: "EqualityOperator" },
  [ts.SyntaxKind.EqualsEqualsToken]: { to: ["!="], kind: "EqualityOperator" },
  [ts.SyntaxKind.ExclamationEqualsToken]: { to: ["=="], kind: "EqualityOperator" },
  [ts.SyntaxKind.AmpersandAmpersandToken]: { to: ["||"], kind: "LogicalOperator" },
  [ts.SyntaxKind.BarBarToken]: { to: ["&&"], kind: "LogicalOperator" },
  [ts.SyntaxKind.QuestionQuestionToken]: { to: ["&&"], kind: "LogicalOperator" },
  [ts.SyntaxKind.PlusToken]: { to: ["-"], kind: "ArithmeticOperator" },
  [ts.SyntaxKind.MinusToken]: { to: ["+"], kind: "ArithmeticOperator" },
  [ts.SyntaxKind.AsteriskToken]: { to: ["/"], kind: "ArithmeticOperator" },
  [ts.SyntaxKind.SlashToken]: { to: ["*"], kind: "ArithmeticOperator" },
  [ts.SyntaxKind.PercentToken]: { to: ["*"], kind: "ArithmeticOperator" },
};

const METHOD_TWINS: Record<string, string> = {
  startsWith: "endsWith",
  endsWith: "startsWith",
  toUpperCase: "toLowerCase",
  toLowerCase: "toUpperCase",
  some: "every",
  every: "some",
  trim: "trimEnd",
  trimStart: "trimEnd",
  trimEnd: "trimStart",
  min: "max",
  max: "min",
  slice: "concat",
  filter: "concat",
};

/**
 * A literal list or object this long is a data table (agency names, city aliases, furniture
 * words): emptying one entry is not a broken rule, and the real-world table tests the tables as
 * a whole. Its entries are not mutated; the code that reads them is.
 */
const TABLE_SIZE = 8;

function isDataTableEntry(node: ts.Node): boolean {
  // Up through literals only: a list of records (`REGIONS`, each `{ name, zone, … }`) is a table
  // too, but a function inside a big object (a table of handlers) is code.
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isArrayLiteralExpression(parent)) {
      if (parent.elements.length >= TABLE_SIZE) return true;
    } else if (ts.isObjectLiteralExpression(parent)) {
      if (parent.properties.length >= TABLE_SIZE) return true;
    } else if (!ts.isPropertyAssignment(parent) && !ts.isAsExpression(parent) && !ts.isSatisfiesExpression(parent) && !ts.isParenthesizedExpression(parent) && !(ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && ["Set", "Map"].includes(parent.expression.text)) && !(ts.isArrayLiteralExpression(parent) || ts.isObjectLiteralExpression(parent))) {
      return false;
    }
  }
  return false;
}

/** Strings that name modules, keys or types, where an empty string says nothing about a rule. */
function isInertString(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isPropertyAssignment(parent) && parent.name === node ||
    ts.isElementAccessExpression(parent) && parent.argumentExpression === node ||
    ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === "require" ||
    // Messages for readers and editors: their wording is checked by tests where it matters, and an
    // empty message still fails loudly in review; mutating every sentence only measures prose.
    isMessageArgument(node)
  );
}

/** The message of error(path, field, message), warning(…) or `new Error(message)`, or a piece of one. */
function isMessageArgument(node: ts.Node): boolean {
  let current: ts.Node = node;
  while (ts.isBinaryExpression(current.parent) || ts.isTemplateSpan(current.parent) || ts.isTemplateExpression(current.parent) || ts.isParenthesizedExpression(current.parent)) current = current.parent;
  const call = current.parent;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return false;
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  const position = call.arguments?.indexOf(current as ts.Expression) ?? -1;
  if (name === "error" || name === "warning") return position >= 2;
  return /Error$/.test(name);
}

/** Loosened versions of a regular expression literal: anchors and word boundaries dropped, a class negated, a quantifier removed. */
function regexMutants(text: string): { replacement: string; description: string }[] {
  const last = text.lastIndexOf("/");
  const body = text.slice(1, last);
  const flags = text.slice(last + 1);
  const out: { replacement: string; description: string }[] = [];
  const make = (next: string, description: string) => {
    if (next !== body && next.length > 0) out.push({ replacement: `/${next}/${flags}`, description: `Regex: ${description}` });
  };
  if (body.startsWith("^")) make(body.slice(1), "^ removed");
  if (body.endsWith("$") && !body.endsWith("\\$")) make(body.slice(0, -1), "$ removed");
  const boundary = body.indexOf("\\b");
  if (boundary >= 0) make(body.slice(0, boundary) + body.slice(boundary + 2), "\\b removed");
  const klass = /(?<!\\)\[(?!\^)/.exec(body);
  if (klass) make(`${body.slice(0, klass.index + 1)}^${body.slice(klass.index + 1)}`, "class negated");
  const quantifier = /(?<![\\(])[+*?](?!\?)/.exec(body);
  if (quantifier && !(body[quantifier.index] === "?" && body[quantifier.index - 1] === "(")) make(body.slice(0, quantifier.index) + body.slice(quantifier.index + 1), `${body[quantifier.index]} removed`);
  return out;
}

export function mutantsOf(file: string, source: string): Mutant[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const mutants: Mutant[] = [];
  const add = (node: ts.Node | { start: number; end: number }, replacement: string, description: string) => {
    const start = "getStart" in node ? node.getStart(tree) : node.start;
    const end = "getEnd" in node ? node.getEnd() : node.end;
    mutants.push({ file, line: tree.getLineAndCharacterOfPosition(start).line + 1, start, end, replacement, description });
  };

  const visit = (node: ts.Node): void => {
    // Types say nothing at run time; declarations of modules and types are skipped whole.
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;

    if (ts.isBinaryExpression(node)) {
      const swap = OPERATOR_SWAPS[node.operatorToken.kind];
      if (swap) for (const to of swap.to) add(node.operatorToken, to, `${swap.kind}: ${node.operatorToken.getText(tree)} → ${to}`);
    }
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      add(node, node.operand.getText(tree), "BooleanLiteral: ! removed");
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) add(node, "false", "BooleanLiteral: true → false");
    if (node.kind === ts.SyntaxKind.FalseKeyword) add(node, "true", "BooleanLiteral: false → true");
    if ((ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) && node.expression) {
      add(node.expression, "true", "ConditionalExpression: condition → true");
      add(node.expression, "false", "ConditionalExpression: condition → false");
    }
    if (ts.isConditionalExpression(node)) {
      add(node.condition, "true", "ConditionalExpression: condition → true");
      add(node.condition, "false", "ConditionalExpression: condition → false");
    }
    if (ts.isForStatement(node) && node.condition) add(node.condition, "false", "ConditionalExpression: loop condition → false");
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isInertString(node) && !isDataTableEntry(node)) {
      add(node, node.text === "" ? '"Stryker was here!"' : '""', node.text === "" ? 'StringLiteral: "" → "Stryker was here!"' : `StringLiteral: "${node.text.slice(0, 30)}" → ""`);
    }
    if (ts.isRegularExpressionLiteral(node) && !isDataTableEntry(node)) {
      for (const { replacement, description } of regexMutants(node.text)) add(node, replacement, description);
    }
    if (ts.isArrayLiteralExpression(node) && node.elements.length > 0 && node.elements.length < TABLE_SIZE && !isDataTableEntry(node)) {
      add(node, "[]", "ArrayDeclaration: emptied");
    }
    if (ts.isNumericLiteral(node) && !isDataTableEntry(node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      const value = Number(node.text.replaceAll("_", ""));
      if (Number.isFinite(value)) {
        add(node, String(value + 1), `NumberLiteral: ${node.text} → ${value + 1}`);
        if (value !== 0) add(node, String(value - 1), `NumberLiteral: ${node.text} → ${value - 1}`);
      }
    }
    if (ts.isPropertyAccessExpression(node) && ts.isCallExpression(node.parent) && node.parent.expression === node) {
      const twin = METHOD_TWINS[node.name.text];
      if (twin) add(node.name, twin, `MethodExpression: ${node.name.text} → ${twin}`);
    }
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.body && ts.isBlock(node.body) && node.body.statements.length > 0) {
      add({ start: node.body.getStart(tree), end: node.body.getEnd() }, "{}", "BlockStatement: body removed");
    }
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && !ts.isNumericLiteral(node.operand)) {
      add(node, `+${node.operand.getText(tree)}`, "UnaryOperator: - → +");
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return mutants;
}

/** The file with one mutant applied. */
export function applyMutant(source: string, mutant: Mutant): string {
  return source.slice(0, mutant.start) + mutant.replacement + source.slice(mutant.end);
}
