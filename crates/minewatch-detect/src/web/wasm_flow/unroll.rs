//! Small functions whose branches constants decide, walked to the one path they take.
//!
//! Control-flow flattening (O-LLVM's `-fla`, the harness's `flatten`) turns even a two-line
//! wrapper into a dispatcher: `loop { block .. block  br_table state .. }`, every case setting
//! the state of the next. A wrapper with a loop is no template, so a flattened wrapper around
//! each load, store and operator hides the main loop's accesses from its caller. Its state is
//! a constant at every step (however encoded: it folds), so the walk here follows the branches
//! that constants decide, loops included, and writes the operators met on the way as one
//! loop-free body, which the structural pass then reads as any small function. A branch on a
//! value that is not constant ends the walk (no template), except an `if` that no branch
//! leaves, which is kept whole, both arms (the junk an opaque predicate guards).

use super::{Kind, Types, bin_eval, bin_of, load_bits, store_arg, un_eval, un_of};
use wasmparser::{BlockType, Operator};

/// Steps walked at most per function (a dispatcher runs each case once per call).
const MAX_STEPS: usize = 1 << 14;

struct Frame {
    kind: Kind,
    /// Index of the structure's first operator and of its `end`.
    start: usize,
    end: usize,
    /// Operand height below the structure's parameters.
    height: usize,
    block: BlockType,
}

/// The structure each `block`, `loop` and `if` opens: the index of its `else` (if any) and of
/// its `end`; `None` for unbalanced code.
fn structure(ops: &[Operator<'_>]) -> Option<Vec<(usize, Option<usize>, usize)>> {
    let mut open: Vec<(usize, Option<usize>)> = Vec::new();
    let mut out = vec![(0, None, 0); ops.len()];
    for (i, op) in ops.iter().enumerate() {
        match op {
            Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => {
                open.push((i, None));
            }
            Operator::Else => open.last_mut()?.1 = Some(i),
            Operator::End => {
                if let Some((s, e)) = open.pop() {
                    out[s] = (s, e, i);
                }
            }
            _ => {}
        }
    }
    open.is_empty().then_some(out)
}

/// How many locals `body` has, its `params` parameters first, if its locals section reads and
/// the count is at most `max`.
pub(crate) fn locals_of(
    body: &wasmparser::FunctionBody<'_>,
    params: usize,
    max: usize,
) -> Option<usize> {
    let mut n = params;
    for l in body.get_locals_reader().ok()? {
        n = n.checked_add(l.ok()?.0 as usize)?;
    }
    (n <= max).then_some(n)
}

/// The operators of the one path through `ops` (a function body, its final `end` included)
/// that constants decide, as a loop-free body ending in `end`; `None` where a branch depends
/// on a value that is not constant, where taking a branch would drop operands, past
/// [`MAX_STEPS`] or past `max_out` operators written. `locals`: every local's count,
/// parameters first (`params` of them: unknown; declared locals start at zero).
pub(super) fn straight_path<'a>(
    types: &Types,
    globals: &[Option<u64>],
    ops: &[Operator<'a>],
    params: usize,
    locals: usize,
    max_out: usize,
) -> Option<Vec<Operator<'a>>> {
    let args = vec![None; params];
    let mut budget = MAX_STEPS as u64;
    let walk = Walk {
        types,
        globals,
        max_out,
    };
    walk.run(ops, &args, locals, &mut budget, &mut |_, _, _| None)
        .map(|(path, _)| path)
}

/// What small function `ops` returns for `args` where constants decide its every branch (its
/// other locals start at zero), each operator walked spending one from `budget`; `call` gives
/// what a call returns for its arguments (or `None`).
pub(crate) fn constant_result(
    types: &Types,
    globals: &[Option<u64>],
    ops: &[Operator<'_>],
    args: &[Option<u64>],
    locals: usize,
    budget: &mut u64,
    call: &mut Callee<'_>,
) -> Option<u64> {
    let walk = Walk {
        types,
        globals,
        max_out: usize::MAX,
    };
    walk.run(ops, args, locals, budget, call)?.1
}

/// A call's result for its arguments: `(function, arguments, budget) -> result`.
type Callee<'c> = dyn FnMut(u32, &[Option<u64>], &mut u64) -> Option<u64> + 'c;

struct Walk<'t> {
    types: &'t Types,
    globals: &'t [Option<u64>],
    max_out: usize,
}

impl Walk<'_> {
    /// The path and the value on top of the stack at its end.
    fn run<'a>(
        &self,
        ops: &[Operator<'a>],
        args: &[Option<u64>],
        locals: usize,
        budget: &mut u64,
        call: &mut Callee<'_>,
    ) -> Option<(Vec<Operator<'a>>, Option<u64>)> {
        let types = self.types;
        let shape = structure(ops)?;
        let mut local: Vec<Option<u64>> = (0..locals.max(args.len()))
            .map(|i| args.get(i).copied().unwrap_or(Some(0)))
            .collect();
        let mut stack: Vec<Option<u64>> = Vec::new();
        let mut frames: Vec<Frame> = Vec::new();
        let mut out: Vec<Operator<'a>> = Vec::new();
        let mut pc = 0usize;
        let mut steps = 0usize;
        // The path ends by returning what is on top of the stack: the function's `end` does.
        let finish = |mut out: Vec<Operator<'a>>, stack: &[Option<u64>]| {
            out.push(Operator::End);
            Some((out, stack.last().copied().flatten()))
        };
        loop {
            steps += 1;
            *budget = budget.checked_sub(1)?;
            if steps > MAX_STEPS || out.len() > self.max_out {
                return None;
            }
            let op = ops.get(pc)?;
            // A branch `depth` out: to a loop's head or past a block's end (the function's own
            // label returns). Operands beyond what the label takes would be dropped: give up.
            let branch = |depth: u32, frames: &mut Vec<Frame>, stack: &mut Vec<Option<u64>>| {
                let Some(i) = frames.len().checked_sub(1 + depth as usize) else {
                    return Some(None);
                };
                let f = &frames[i];
                let (p, r) = types.block(f.block);
                let arity = if f.kind == Kind::Loop { p } else { r } as usize;
                if stack.len() != f.height + arity {
                    return None;
                }
                let next = if f.kind == Kind::Loop {
                    frames.truncate(i + 1);
                    frames[i].start + 1
                } else {
                    let end = f.end;
                    frames.truncate(i);
                    end + 1
                };
                Some(Some(next))
            };
            match op {
                Operator::Block { blockty } | Operator::Loop { blockty } => {
                    let (p, _) = types.block(*blockty);
                    frames.push(Frame {
                        kind: if matches!(op, Operator::Loop { .. }) {
                            Kind::Loop
                        } else {
                            Kind::Block
                        },
                        start: pc,
                        end: shape[pc].2,
                        height: stack.len().checked_sub(p as usize)?,
                        block: *blockty,
                    });
                    pc += 1;
                }
                Operator::If { blockty } => {
                    let c = stack.pop()?;
                    let (else_at, end) = (shape[pc].1, shape[pc].2);
                    let (p, r) = types.block(*blockty);
                    if let Some(c) = c {
                        // The condition's operators were written: drop what they leave.
                        out.push(Operator::Drop);
                        frames.push(Frame {
                            kind: Kind::If,
                            start: pc,
                            end,
                            height: stack.len().checked_sub(p as usize)?,
                            block: *blockty,
                        });
                        pc = match (c != 0, else_at) {
                            (true, _) => pc + 1,
                            (false, Some(e)) => e + 1,
                            (false, None) => end,
                        };
                    } else {
                        // Kept whole where nothing in it leaves it; what it sets is unknown.
                        let region = &ops[pc..=end];
                        if !self_contained(region) {
                            return None;
                        }
                        out.extend(region.iter().cloned());
                        stack.truncate(stack.len().checked_sub(p as usize)?);
                        stack.extend((0..r).map(|_| None));
                        for op in region {
                            if let Operator::LocalSet { local_index }
                            | Operator::LocalTee { local_index } = op
                            {
                                *local.get_mut(*local_index as usize)? = None;
                            }
                        }
                        pc = end + 1;
                    }
                }
                // The end of an `if`'s chosen arm: past its `end`.
                Operator::Else => pc = frames.last()?.end,
                Operator::End => {
                    if frames.pop().is_none() {
                        return finish(out, &stack);
                    }
                    pc += 1;
                }
                Operator::Br { relative_depth } => {
                    match branch(*relative_depth, &mut frames, &mut stack)? {
                        Some(next) => pc = next,
                        None => return finish(out, &stack),
                    }
                }
                Operator::BrIf { relative_depth } => {
                    let c = stack.pop()??;
                    out.push(Operator::Drop);
                    if c == 0 {
                        pc += 1;
                    } else {
                        match branch(*relative_depth, &mut frames, &mut stack)? {
                            Some(next) => pc = next,
                            None => return finish(out, &stack),
                        }
                    }
                }
                Operator::BrTable { targets } => {
                    let i = stack.pop()??;
                    out.push(Operator::Drop);
                    let depth = match targets.targets().nth(usize::try_from(i).ok()?) {
                        Some(d) => d.ok()?,
                        None => targets.default(),
                    };
                    match branch(depth, &mut frames, &mut stack)? {
                        Some(next) => pc = next,
                        None => return finish(out, &stack),
                    }
                }
                Operator::Return => return finish(out, &stack),
                Operator::Unreachable | Operator::Try { .. } | Operator::TryTable { .. } => {
                    return None;
                }
                _ => {
                    self.value_op(op, &mut local, &mut stack, budget, call)?;
                    out.push(op.clone());
                    pc += 1;
                }
            }
        }
    }

    /// What a non-control operator does to the constants known: locals, constants, integer
    /// arithmetic on them, calls `call` knows; anything else makes unknown values.
    fn value_op(
        &self,
        op: &Operator<'_>,
        local: &mut [Option<u64>],
        stack: &mut Vec<Option<u64>>,
        budget: &mut u64,
        call: &mut Callee<'_>,
    ) -> Option<()> {
        if let Some((b, wide)) = bin_of(op) {
            let y = stack.pop()?;
            let x = stack.pop()?;
            stack.push(x.zip(y).map(|(x, y)| bin_eval(b, wide, x, y)));
            return Some(());
        }
        if let Some(u) = un_of(op) {
            let x = stack.pop()?;
            stack.push(x.map(|x| un_eval(u, x)));
            return Some(());
        }
        if load_bits(op).is_some() {
            stack.pop()?;
            stack.push(None);
            return Some(());
        }
        if store_arg(op).is_some() {
            stack.pop()?;
            stack.pop()?;
            return Some(());
        }
        match op {
            Operator::I32Const { value } => stack.push(Some(u64::from(*value as u32))),
            Operator::I64Const { value } => stack.push(Some(*value as u64)),
            Operator::LocalGet { local_index } => stack.push(*local.get(*local_index as usize)?),
            Operator::LocalSet { local_index } => {
                *local.get_mut(*local_index as usize)? = stack.pop()?;
            }
            Operator::LocalTee { local_index } => {
                *local.get_mut(*local_index as usize)? = *stack.last()?;
            }
            Operator::GlobalGet { global_index } => {
                stack.push(self.globals.get(*global_index as usize).copied().flatten());
            }
            Operator::Drop | Operator::GlobalSet { .. } => {
                stack.pop()?;
            }
            Operator::Select | Operator::TypedSelect { .. } => {
                let c = stack.pop()?;
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(match c {
                    Some(0) => b,
                    Some(_) => a,
                    None => None,
                });
            }
            Operator::Call { function_index } => {
                let t = self.types.func(*function_index)?;
                let args = stack.split_off(stack.len().checked_sub(t.params().len())?);
                match t.results().len() {
                    1 => stack.push(call(*function_index, &args, budget)),
                    n => stack.extend((0..n).map(|_| None)),
                }
            }
            Operator::CallIndirect { type_index, .. } => {
                stack.pop()?;
                let t = self.types.of_type(*type_index)?;
                stack.truncate(stack.len().checked_sub(t.params().len())?);
                stack.extend(t.results().iter().map(|_| None));
            }
            other => {
                let (np, nr) = other.operator_arity(&super::NoModule)?;
                stack.truncate(stack.len().checked_sub(np as usize)?);
                stack.extend((0..nr).map(|_| None));
            }
        }
        Some(())
    }
}

/// Whether an `if ... end` (whole) has no branch out of it, no return and no loop.
fn self_contained(region: &[Operator<'_>]) -> bool {
    let mut depth = 0u32;
    for op in region {
        match op {
            Operator::Block { .. } | Operator::If { .. } => depth += 1,
            Operator::End => depth = depth.saturating_sub(1),
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth }
                if *relative_depth >= depth =>
            {
                return false;
            }
            Operator::BrTable { .. }
            | Operator::Return
            | Operator::Loop { .. }
            | Operator::Unreachable
            | Operator::Try { .. }
            | Operator::TryTable { .. } => return false,
            _ => {}
        }
    }
    true
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
    use super::*;
    use wasm_encoder::{
        BlockType as B, CodeSection, Function, FunctionSection, GlobalSection, GlobalType,
        Instruction as I, Module, TypeSection, ValType,
    };

    /// A module of one function `(param i32) (result i32)` with two i32 locals (1: the
    /// state, 2: a scratch) and a mutable global, and its operators as read back.
    fn one_function(body: &[I<'static>]) -> (Types, Vec<Option<u64>>, Vec<Operator<'static>>) {
        let mut types = TypeSection::new();
        types.ty().function([ValType::I32], [ValType::I32]);
        let mut funcs = FunctionSection::new();
        funcs.function(0);
        let mut globals = GlobalSection::new();
        globals.global(
            GlobalType {
                val_type: ValType::I32,
                mutable: true,
                shared: false,
            },
            &wasm_encoder::ConstExpr::i32_const(7),
        );
        let mut f = Function::new([(2, ValType::I32)]);
        for i in body {
            f.instruction(i);
        }
        f.instruction(&I::End);
        let mut code = CodeSection::new();
        code.function(&f);
        let mut m = Module::new();
        m.section(&types)
            .section(&funcs)
            .section(&globals)
            .section(&code);
        let bytes: &'static [u8] = Vec::leak(m.finish());
        let mut notes = Vec::new();
        let module = super::super::read_module(bytes, &mut notes).unwrap();
        let mut rd = module.bodies[0].get_operators_reader().unwrap();
        let mut ops = Vec::new();
        while !rd.eof() {
            ops.push(rd.read().unwrap());
        }
        (module.types, module.globals, ops)
    }

    /// `x & 0xFFFF0` as a flattening obfuscator writes a wrapper: a dispatcher loop over a
    /// state whose constants are encoded as xors, its cases in shuffled order, junk guarded by
    /// an opaque predicate on a mutable global first.
    fn flattened_mask() -> Vec<I<'static>> {
        vec![
            // state = 2 (as 0x55 ^ 0x57)
            I::I32Const(0x55),
            I::I32Const(0x57),
            I::I32Xor,
            I::LocalSet(1),
            I::Loop(B::Empty),
            I::Block(B::Empty),
            I::Block(B::Empty),
            I::Block(B::Empty),
            I::LocalGet(1),
            I::BrTable(vec![0, 1, 2].into(), 2),
            I::End,
            // case 0: the result
            I::LocalGet(0),
            I::I32Const(0xF_FFF0),
            I::I32And,
            I::Return,
            I::End,
            // case 1: then case 0
            I::I32Const(0),
            I::LocalSet(1),
            I::Br(1),
            I::End,
            // case 2: the junk, then case 1
            I::GlobalGet(0),
            I::GlobalGet(0),
            I::I32Const(1),
            I::I32Add,
            I::I32Mul,
            I::I32Const(1),
            I::I32And,
            I::If(B::Empty),
            I::I32Const(3),
            I::GlobalSet(0),
            I::End,
            I::I32Const(1),
            I::LocalSet(1),
            I::Br(0),
            I::End,
            I::Unreachable,
        ]
    }

    #[test]
    fn a_flattened_wrapper_is_walked_to_the_path_it_takes() {
        let (types, globals, ops) = one_function(&flattened_mask());
        let path = straight_path(&types, &globals, &ops, 1, 3, 1000).unwrap();
        // No loop and no jump table left; the junk `if` kept whole; the mask and the `and`.
        assert!(
            !path
                .iter()
                .any(|o| matches!(o, Operator::Loop { .. } | Operator::BrTable { .. })),
            "{path:?}"
        );
        assert!(
            path.iter().any(|o| matches!(o, Operator::If { .. })),
            "{path:?}"
        );
        assert!(
            path.iter()
                .any(|o| matches!(o, Operator::I32Const { value: 0xF_FFF0 })),
            "{path:?}"
        );
        assert!(matches!(path.last(), Some(Operator::End)));
        // Run on a constant, it gives the constant the wrapper returns.
        let mut budget = 10_000;
        let r = constant_result(
            &types,
            &globals,
            &ops,
            &[Some(u64::from(u32::MAX))],
            3,
            &mut budget,
            &mut |_, _, _| None,
        );
        assert_eq!(r, Some(0xF_FFF0));
        assert!(budget < 10_000);
    }

    #[test]
    fn branches_on_unknown_values_and_endless_dispatchers_are_refused() {
        // A branch on the parameter: no one path (but one for a known argument).
        let on_param = vec![
            I::Block(B::Empty),
            I::LocalGet(0),
            I::BrIf(0),
            I::I32Const(1),
            I::Return,
            I::End,
            I::I32Const(2),
        ];
        let (types, globals, ops) = one_function(&on_param);
        assert!(straight_path(&types, &globals, &ops, 1, 3, 1000).is_none());
        let mut budget = 1000;
        let mut none = |_: u32, _: &[Option<u64>], _: &mut u64| None;
        assert_eq!(
            constant_result(
                &types,
                &globals,
                &ops,
                &[Some(0)],
                3,
                &mut budget,
                &mut none
            ),
            Some(1)
        );
        assert_eq!(
            constant_result(
                &types,
                &globals,
                &ops,
                &[Some(5)],
                3,
                &mut budget,
                &mut none
            ),
            Some(2)
        );
        // A dispatcher that never leaves: stopped at the step cap, and by the budget.
        let endless = vec![I::Loop(B::Empty), I::Br(0), I::End, I::I32Const(0)];
        let (types, globals, ops) = one_function(&endless);
        assert!(straight_path(&types, &globals, &ops, 1, 3, 1000).is_none());
        let mut budget = 500;
        assert_eq!(
            constant_result(
                &types,
                &globals,
                &ops,
                &[Some(0)],
                3,
                &mut budget,
                &mut none
            ),
            None
        );
        assert_eq!(budget, 0);
        // A branch that would drop operands: refused.
        let drops = vec![
            I::Block(B::Empty),
            I::I32Const(1),
            I::Br(0),
            I::End,
            I::I32Const(0),
        ];
        let (types, globals, ops) = one_function(&drops);
        assert!(straight_path(&types, &globals, &ops, 1, 3, 1000).is_none());
    }
}
