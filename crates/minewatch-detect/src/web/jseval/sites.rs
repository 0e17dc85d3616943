//! Where to evaluate: calls with constant arguments, `+` chains of constants and decoder calls,
//! arrays of constant expressions, and every function body.

use std::collections::HashMap;

use oxc_ast::ast::*;
use oxc_span::GetSpan;
use oxc_syntax::operator::BinaryOperator;

use super::MAX_WALK;

// ---------------------------------------------------------------------------------------------
// Where to evaluate: the site search.

pub(super) enum Site<'a> {
    Call(&'a Expression<'a>),
    /// An array of constant expressions (numbers hidden as arithmetic).
    Array(&'a Expression<'a>),
    Concat(Vec<&'a Expression<'a>>, u32),
}

#[derive(Default)]
pub(super) struct Sites<'a> {
    pub(super) sites: Vec<Site<'a>>,
    /// Every function body, to sweep statement by statement.
    pub(super) bodies: Vec<(&'a FormalParameters<'a>, &'a FunctionBody<'a>)>,
    pub(super) functions: HashMap<&'a str, Option<&'a Function<'a>>>,
    pub(super) aliases: HashMap<&'a str, Option<&'a str>>,
    /// `var o = {k: 'literal', ...}` anywhere in the file, by name (`None`: ambiguous): the
    /// tables javascript-obfuscator's calls transform passes decoder arguments through.
    pub(super) tables: HashMap<&'a str, Option<&'a Expression<'a>>>,
}

impl<'a> Sites<'a> {
    /// A constant: literals and what is built from them without names (`String.fromCharCode(...)`,
    /// `'a|b'.split('|')`, `-0x1 * 0x3 + 0x5`, `[1, 2]`, `{}`).
    fn constant(&self, e: &Expression<'_>, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let d = depth + 1;
        match e {
            Expression::StringLiteral(_)
            | Expression::NumericLiteral(_)
            | Expression::BooleanLiteral(_)
            | Expression::NullLiteral(_)
            | Expression::RegExpLiteral(_) => true,
            Expression::TemplateLiteral(t) => t.expressions.iter().all(|x| self.constant(x, d)),
            Expression::Identifier(id) => {
                matches!(id.name.as_str(), "undefined" | "NaN" | "Infinity")
            }
            Expression::ParenthesizedExpression(p) => self.constant(&p.expression, d),
            Expression::UnaryExpression(u) => self.constant(&u.argument, d),
            Expression::BinaryExpression(b) => {
                self.constant(&b.left, d) && self.constant(&b.right, d)
            }
            Expression::LogicalExpression(b) => {
                self.constant(&b.left, d) && self.constant(&b.right, d)
            }
            Expression::ConditionalExpression(c) => {
                self.constant(&c.test, d)
                    && self.constant(&c.consequent, d)
                    && self.constant(&c.alternate, d)
            }
            Expression::SequenceExpression(s) => s.expressions.iter().all(|x| self.constant(x, d)),
            Expression::ArrayExpression(a) => a.elements.iter().all(|el| match el {
                ArrayExpressionElement::Elision(_) => true,
                ArrayExpressionElement::SpreadElement(_) => false,
                _ => el.as_expression().is_some_and(|x| self.constant(x, d)),
            }),
            Expression::ObjectExpression(o) => o.properties.is_empty(),
            Expression::CallExpression(c) => {
                c.arguments
                    .iter()
                    .all(|a| a.as_expression().is_some_and(|x| self.constant(x, d)))
                    && match c.callee.without_parentheses() {
                        Expression::StaticMemberExpression(m) => self.pure_object(&m.object, d),
                        Expression::ComputedMemberExpression(m) => {
                            self.pure_object(&m.object, d) && self.constant(&m.expression, d)
                        }
                        Expression::Identifier(id) => matches!(
                            id.name.as_str(),
                            "String" | "parseInt" | "atob" | "unescape" | "decodeURIComponent"
                        ),
                        _ => false,
                    }
            }
            Expression::StaticMemberExpression(m) => {
                self.pure_object(&m.object, d)
                    || matches!(&m.object, Expression::Identifier(id)
                        if matches!(self.tables.get(id.name.as_str()), Some(Some(_))))
            }
            Expression::ComputedMemberExpression(m) => {
                self.pure_object(&m.object, d) && self.constant(&m.expression, d)
            }
            _ => false,
        }
    }

    /// The leaves of a `+` tree (through parentheses, in evaluation order) when each is a constant
    /// or a call of a named function with constant arguments (a decoder call); `None` otherwise.
    fn concat_leaves(&self, e: &'a Expression<'a>) -> Option<Vec<&'a Expression<'a>>> {
        let mut leaves = Vec::new();
        let mut stack = vec![e];
        while let Some(x) = stack.pop() {
            match x.without_parentheses() {
                Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
                    stack.push(&b.right);
                    stack.push(&b.left);
                }
                Expression::CallExpression(c)
                    if matches!(c.callee.without_parentheses(), Expression::Identifier(_))
                        && !c.arguments.is_empty()
                        && c.arguments
                            .iter()
                            .all(|a| a.as_expression().is_some_and(|x| self.constant(x, 0))) =>
                {
                    leaves.push(x);
                }
                other if self.constant(other, 0) => leaves.push(x),
                _ => return None,
            }
            if leaves.len() + stack.len() > 1 << 20 {
                return None;
            }
        }
        Some(leaves)
    }

    fn pure_object(&self, e: &Expression<'_>, d: u32) -> bool {
        match e.without_parentheses() {
            Expression::Identifier(id) => matches!(id.name.as_str(), "String" | "Math"),
            other => self.constant(other, d),
        }
    }

    pub(super) fn statements(&mut self, body: &'a [Statement<'a>], depth: u32) {
        for s in body {
            self.statement(s, depth);
        }
    }

    pub(super) fn function(&mut self, f: &'a Function<'a>, depth: u32) {
        if let Some(id) = &f.id {
            let name = id.name.as_str();
            self.functions
                .entry(name)
                .and_modify(|v| *v = None)
                .or_insert(Some(f));
        }
        for p in &f.params.items {
            if let Some(init) = &p.initializer {
                self.expr(init, depth + 1);
            }
        }
        if let Some(b) = &f.body {
            self.bodies.push((&f.params, b));
            self.statements(&b.statements, depth + 1);
        }
    }

    pub(super) fn declaration(&mut self, d: &'a VariableDeclaration<'a>, depth: u32) {
        for v in &d.declarations {
            if let (BindingPattern::BindingIdentifier(id), Some(init)) = (&v.id, &v.init) {
                if let Expression::ObjectExpression(o) = init.without_parentheses()
                    && !o.properties.is_empty()
                    && o.properties.iter().all(|p| {
                        matches!(p, ObjectPropertyKind::ObjectProperty(p)
                            if !p.computed && matches!(p.value, Expression::StringLiteral(_) | Expression::NumericLiteral(_)))
                    })
                {
                    self.tables
                        .entry(id.name.as_str())
                        .and_modify(|x| *x = None)
                        .or_insert(Some(init));
                }
                if let Expression::Identifier(r) = init.without_parentheses() {
                    let target = r.name.as_str();
                    self.aliases
                        .entry(id.name.as_str())
                        .and_modify(|x| {
                            if *x != Some(target) {
                                *x = None;
                            }
                        })
                        .or_insert(Some(target));
                } else if let Expression::FunctionExpression(f) = init.without_parentheses()
                    && f.id.is_none()
                {
                    // `var f = function (...) {...}` is hoisted like a declaration for sites.
                    self.functions
                        .entry(id.name.as_str())
                        .and_modify(|x| *x = None)
                        .or_insert(Some(f));
                }
            }
            if let Some(init) = &v.init {
                self.expr(init, depth + 1);
            }
        }
    }

    pub(super) fn statement(&mut self, s: &'a Statement<'a>, depth: u32) {
        if depth > MAX_WALK {
            return;
        }
        let d = depth + 1;
        match s {
            Statement::ExpressionStatement(e) => self.expr(&e.expression, d),
            Statement::VariableDeclaration(v) => self.declaration(v, d),
            Statement::FunctionDeclaration(f) => self.function(f, d),
            Statement::BlockStatement(b) => self.statements(&b.body, d),
            Statement::ReturnStatement(r) => {
                if let Some(a) = &r.argument {
                    self.expr(a, d);
                }
            }
            Statement::IfStatement(i) => {
                self.expr(&i.test, d);
                self.statement(&i.consequent, d);
                if let Some(a) = &i.alternate {
                    self.statement(a, d);
                }
            }
            Statement::ForStatement(f) => {
                match &f.init {
                    Some(ForStatementInit::VariableDeclaration(v)) => self.declaration(v, d),
                    Some(init) => {
                        if let Some(e) = init.as_expression() {
                            self.expr(e, d);
                        }
                    }
                    None => {}
                }
                if let Some(t) = &f.test {
                    self.expr(t, d);
                }
                if let Some(u) = &f.update {
                    self.expr(u, d);
                }
                self.statement(&f.body, d);
            }
            Statement::ForInStatement(f) => {
                self.expr(&f.right, d);
                self.statement(&f.body, d);
            }
            Statement::ForOfStatement(f) => {
                self.expr(&f.right, d);
                self.statement(&f.body, d);
            }
            Statement::WhileStatement(w) => {
                self.expr(&w.test, d);
                self.statement(&w.body, d);
            }
            Statement::DoWhileStatement(w) => {
                self.statement(&w.body, d);
                self.expr(&w.test, d);
            }
            Statement::LabeledStatement(l) => self.statement(&l.body, d),
            Statement::SwitchStatement(sw) => {
                self.expr(&sw.discriminant, d);
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t, d);
                    }
                    self.statements(&c.consequent, d);
                }
            }
            Statement::TryStatement(t) => {
                self.statements(&t.block.body, d);
                if let Some(h) = &t.handler {
                    self.statements(&h.body.body, d);
                }
                if let Some(f) = &t.finalizer {
                    self.statements(&f.body, d);
                }
            }
            Statement::ThrowStatement(t) => self.expr(&t.argument, d),
            Statement::ExportDefaultDeclaration(e) => match &e.declaration {
                ExportDefaultDeclarationKind::FunctionDeclaration(f) => self.function(f, d),
                other => {
                    if let Some(x) = other.as_expression() {
                        self.expr(x, d);
                    }
                }
            },
            _ => {}
        }
    }

    pub(super) fn exprs(&mut self, es: impl IntoIterator<Item = &'a Expression<'a>>, depth: u32) {
        for e in es {
            self.expr(e, depth);
        }
    }

    pub(super) fn expr(&mut self, e: &'a Expression<'a>, depth: u32) {
        if depth > MAX_WALK {
            return;
        }
        let d = depth + 1;
        match e {
            Expression::CallExpression(c) => {
                let args_constant = !c.arguments.is_empty()
                    && c.arguments
                        .iter()
                        .all(|a| a.as_expression().is_some_and(|x| self.constant(x, 0)));
                let callee = c.callee.without_parentheses();
                let callee_ok = match callee {
                    Expression::Identifier(_) => true,
                    Expression::FunctionExpression(f) => !f.params.items.is_empty(),
                    Expression::StaticMemberExpression(m) => self.pure_object(&m.object, 0),
                    Expression::ComputedMemberExpression(m) => {
                        self.pure_object(&m.object, 0) && self.constant(&m.expression, 0)
                    }
                    _ => false,
                };
                if args_constant && callee_ok {
                    self.sites.push(Site::Call(e));
                    if let Expression::FunctionExpression(f) = callee {
                        self.function(f, d);
                    }
                    // The arguments may be sites themselves (`f(String.fromCharCode(...))`
                    // where `f` cannot be run).
                    self.exprs(c.arguments.iter().filter_map(|a| a.as_expression()), d);
                    return;
                }
                self.expr(&c.callee, d);
                self.exprs(c.arguments.iter().filter_map(|a| a.as_expression()), d);
            }
            Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
                match self.concat_leaves(e) {
                    Some(leaves)
                        if leaves
                            .iter()
                            .any(|x| !matches!(x, Expression::NumericLiteral(_))) =>
                    {
                        self.sites.push(Site::Concat(leaves, e.span().start));
                    }
                    _ => {
                        // The left spine without recursion; the rest as usual.
                        let mut cur: &'a Expression<'a> = e;
                        while let Expression::BinaryExpression(b) = cur
                            && b.operator == BinaryOperator::Addition
                        {
                            self.expr(&b.right, d);
                            cur = &b.left;
                        }
                        self.expr(cur, d);
                    }
                }
            }
            Expression::BinaryExpression(b) => {
                self.expr(&b.left, d);
                self.expr(&b.right, d);
            }
            Expression::LogicalExpression(b) => {
                self.expr(&b.left, d);
                self.expr(&b.right, d);
            }
            Expression::AssignmentExpression(a) => {
                if let Some(m) = a.left.as_member_expression() {
                    self.member(m, d);
                }
                self.expr(&a.right, d);
            }
            Expression::ConditionalExpression(c) => {
                self.expr(&c.test, d);
                self.expr(&c.consequent, d);
                self.expr(&c.alternate, d);
            }
            Expression::SequenceExpression(s) => self.exprs(s.expressions.iter(), d),
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression, d),
            Expression::UnaryExpression(u) => self.expr(&u.argument, d),
            Expression::AwaitExpression(u) => self.expr(&u.argument, d),
            Expression::NewExpression(n) => {
                self.expr(&n.callee, d);
                self.exprs(n.arguments.iter().filter_map(|a| a.as_expression()), d);
            }
            Expression::ArrayExpression(a) => {
                if a.elements.len() >= 8
                    && !a
                        .elements
                        .iter()
                        .all(|x| matches!(x, ArrayExpressionElement::NumericLiteral(_)))
                    && self.constant(e, 0)
                {
                    self.sites.push(Site::Array(e));
                    return;
                }
                self.exprs(a.elements.iter().filter_map(|x| x.as_expression()), d)
            }
            Expression::ObjectExpression(o) => {
                for p in &o.properties {
                    if let ObjectPropertyKind::ObjectProperty(p) = p {
                        if let Some(k) = p.key.as_expression() {
                            self.expr(k, d);
                        }
                        self.expr(&p.value, d);
                    }
                }
            }
            Expression::TemplateLiteral(t) => self.exprs(t.expressions.iter(), d),
            Expression::FunctionExpression(f) => self.function(f, d),
            Expression::ArrowFunctionExpression(f) => match &f.body {
                ArrowFunctionBody::FunctionBody(b) => {
                    self.bodies.push((&f.params, b));
                    self.statements(&b.statements, d);
                }
                other => {
                    if let Some(x) = other.as_expression() {
                        self.expr(x, d);
                    }
                }
            },
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                if let Some(m) = e.as_member_expression() {
                    self.member(m, d);
                }
            }
            Expression::ChainExpression(c) => {
                if let Some(m) = c.expression.as_member_expression() {
                    self.member(m, d);
                }
            }
            _ => {}
        }
    }

    pub(super) fn member(&mut self, m: &'a MemberExpression<'a>, d: u32) {
        self.expr(m.object(), d);
        if let MemberExpression::ComputedMemberExpression(c) = m {
            self.expr(&c.expression, d);
        }
    }
}
