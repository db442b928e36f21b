//! What can still be read of a statement that does not parse: its keyword,
//! the name or id it is about, its first text and its owner clause, the
//! names its formula uses. A scan of tokens (`syntax::tokens`), so it reads
//! any text, however broken, in one pass.

use super::ast::{ErrorStatement, Head, Keyword};
use super::chunks::STATEMENT_KEYWORDS;
use super::lower::unescape;
use super::tokens::{tokens, Token, TokenKind};
use crate::limits::Limits;
use crate::source::FileId;
use crate::span::{Span, Spanned};
use crate::suggest::closest;

/// Reads the statement `chunk`, found at byte `offset` of `file`.
pub fn read(chunk: &str, file: FileId, offset: usize, limits: &Limits) -> ErrorStatement {
    let reader = Reader {
        chunk,
        file,
        offset,
        // Enough for `target ID: METRIC`.
        first: tokens(chunk).take(4).collect(),
    };
    let mut read = ErrorStatement::default();
    let Some(first) = reader.first.first().copied() else {
        return read;
    };
    if first.kind != TokenKind::Word {
        return read;
    }
    let most_names = limits.max_operators.saturating_add(1);
    let word = first.text(chunk);
    let keyword = Keyword::from_word(word);
    read.head = Some(match keyword {
        Some(keyword) => Head::Keyword(Spanned::new(keyword, reader.span(first))),
        None => Head::Unknown(reader.word(first)),
    });
    // A misspelt keyword (`ownr "B"`) is read as the keyword its
    // did-you-mean names, so that what it declares does not cascade; any of
    // its words may be a metric.
    let likely = || closest(word, STATEMENT_KEYWORDS).and_then(Keyword::from_word);
    let keyword = match keyword {
        Some(keyword) => keyword,
        None => {
            read.uses = reader.names(tokens(chunk).skip(1), most_names);
            read.likely = likely();
            match read.likely {
                Some(keyword) => keyword,
                None => return read,
            }
        }
    };
    let misspelt = read.likely.is_some();
    match keyword {
        Keyword::Target => {
            let named = reader.word_at(1);
            if reader.symbol_at(2, ':') {
                read.id = named;
                read.metric = reader.word_at(3);
            } else {
                read.metric = named;
            }
            // Where the statement is broken its metric may stand elsewhere
            // (`target t1 online >= 60%`, a colon left out): any of its
            // words may be one.
            read.uses = reader.names(tokens(chunk).skip(1), most_names);
        }
        Keyword::Task | Keyword::Override | Keyword::Drop => read.id = reader.word_at(1),
        Keyword::Metric => {
            read.metric = reader.word_at(1);
            if !misspelt {
                let formula = tokens(chunk).skip_while(|t| t.kind != TokenKind::Symbol('='));
                read.uses = reader.formula_names(formula, most_names);
            }
        }
        Keyword::Plan | Keyword::Owner | Keyword::Section | Keyword::Extends | Keyword::Grade => {
            read.text = reader.first.get(1).and_then(|t| reader.text(*t));
        }
        Keyword::Period | Keyword::Default => {}
    }
    if matches!(
        keyword,
        Keyword::Target | Keyword::Task | Keyword::Override | Keyword::Section
    ) {
        read.owner = reader.owner_clause();
    }
    read
}

struct Reader<'c> {
    chunk: &'c str,
    file: FileId,
    offset: usize,
    /// The statement's first tokens.
    first: Vec<Token>,
}

impl Reader<'_> {
    fn span(&self, token: Token) -> Span {
        Span::new(
            self.file,
            self.offset + token.start,
            self.offset + token.end,
        )
    }

    fn word(&self, token: Token) -> Spanned<String> {
        Spanned::new(token.text(self.chunk).to_string(), self.span(token))
    }

    fn word_at(&self, index: usize) -> Option<Spanned<String>> {
        let token = self.first.get(index).copied()?;
        (token.kind == TokenKind::Word).then(|| self.word(token))
    }

    fn symbol_at(&self, index: usize, symbol: char) -> bool {
        self.first
            .get(index)
            .is_some_and(|t| t.kind == TokenKind::Symbol(symbol))
    }

    fn text(&self, token: Token) -> Option<Spanned<String>> {
        matches!(token.kind, TokenKind::Text { .. })
            .then(|| Spanned::new(unescape(token.text_content(self.chunk)), self.span(token)))
    }

    /// The text of the first `owner` clause after the statement's keyword.
    fn owner_clause(&self) -> Option<Spanned<String>> {
        let mut rest = tokens(self.chunk).skip(1);
        rest.find(|t| t.is_word(self.chunk, "owner"))?;
        rest.next().and_then(|t| self.text(t))
    }

    /// The metric names among a formula's tokens, at most `most` of them:
    /// its words but `else` and the names of functions called (a word
    /// before `(`).
    fn formula_names(
        &self,
        tokens: impl Iterator<Item = Token>,
        most: usize,
    ) -> Vec<Spanned<String>> {
        let mut tokens = tokens.peekable();
        let mut out = Vec::new();
        while let Some(token) = tokens.next() {
            if out.len() >= most {
                break;
            }
            let called = tokens
                .peek()
                .is_some_and(|next| next.kind == TokenKind::Symbol('('));
            if token.kind == TokenKind::Word && !called && !token.is_word(self.chunk, "else") {
                out.push(self.word(token));
            }
        }
        out
    }

    /// The words among `tokens`, at most `most` of them.
    fn names(&self, tokens: impl Iterator<Item = Token>, most: usize) -> Vec<Spanned<String>> {
        tokens
            .filter(|t| t.kind == TokenKind::Word)
            .take(most)
            .map(|t| self.word(t))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_at(chunk: &str, offset: usize) -> ErrorStatement {
        read(chunk, FileId::FIRST, offset, &Limits::default())
    }

    fn name(ident: &Option<Spanned<String>>) -> Option<(&str, Span)> {
        ident.as_ref().map(|i| (i.node.as_str(), i.span))
    }

    #[test]
    fn a_target_gives_its_keyword_id_metric_and_owner() {
        let read = read_at("target t1: online_payment_ratio >= owner \"X\"", 100);
        assert_eq!(read.keyword(), Some(Keyword::Target));
        assert_eq!(
            name(&read.id),
            Some(("t1", Span::new(FileId::FIRST, 107, 109)))
        );
        assert_eq!(
            name(&read.metric),
            Some(("online_payment_ratio", Span::new(FileId::FIRST, 111, 131)))
        );
        assert_eq!(
            name(&read.owner),
            Some(("X", Span::new(FileId::FIRST, 141, 144)))
        );
        let uses: Vec<&str> = read.uses.iter().map(|u| u.node.as_str()).collect();
        assert_eq!(uses, ["t1", "online_payment_ratio", "owner"]);
        let read = read_at("target online_payment_ratio 60%", 0);
        assert_eq!(read.id, None);
        assert_eq!(
            name(&read.metric).map(|n| n.0),
            Some("online_payment_ratio")
        );
    }

    #[test]
    fn a_formula_uses_no_function_names_nor_else() {
        let read = read_with(
            "metric x = max(a, b) else round (c, 2) else",
            &Limits::default(),
        );
        let uses: Vec<&str> = read.uses.iter().map(|u| u.node.as_str()).collect();
        assert_eq!(uses, ["a", "b", "c"]);
    }

    #[test]
    fn a_metric_gives_its_name_and_the_names_its_formula_uses() {
        let read = read_at("metric x = a + (b * # c\n 2) +", 0);
        assert_eq!(name(&read.metric).map(|n| n.0), Some("x"));
        let uses: Vec<&str> = read.uses.iter().map(|u| u.node.as_str()).collect();
        assert_eq!(uses, ["a", "b"]);
        let limits = Limits {
            max_operators: 1,
            ..Limits::default()
        };
        assert_eq!(read_with("metric x = a + b + c +", &limits).uses.len(), 2);
    }

    fn read_with(chunk: &str, limits: &Limits) -> ErrorStatement {
        read(chunk, FileId::FIRST, 0, limits)
    }

    #[test]
    fn an_unknown_word_is_kept() {
        let read = read_at("targt x >= 1", 5);
        assert_eq!(
            read.head,
            Some(Head::Unknown(Spanned::new(
                "targt".into(),
                Span::new(FileId::FIRST, 5, 10)
            )))
        );
        // Read as the `target` its did-you-mean names.
        assert_eq!(read.likely, Some(Keyword::Target));
        assert_eq!(read.metric.map(|m| m.node), Some("x".to_string()));
        let uses: Vec<&str> = read.uses.iter().map(|u| u.node.as_str()).collect();
        assert_eq!(uses, ["x"]);
        // A word like no keyword: only its words are kept.
        let read = read_at("zzzzzz x >= 1", 0);
        assert_eq!((read.likely, read.metric), (None, None));
        let uses: Vec<&str> = read.uses.iter().map(|u| u.node.as_str()).collect();
        assert_eq!(uses, ["x"]);
    }

    #[test]
    fn texts_ids_and_nothing() {
        let read = read_at("owner \"VP \\\"A\\\"\" x y", 0);
        assert_eq!(name(&read.text).map(|n| n.0), Some("VP \"A\""));
        assert_eq!(read_at("drop a b", 0).id.map(|i| i.node), Some("a".into()));
        assert_eq!(read_at("override 1x", 0).id, None);
        assert_eq!(read_at("\"x\" target", 0), ErrorStatement::default());
        assert_eq!(read_at("", 0), ErrorStatement::default());
        assert_eq!(read_at("section \"S\" owner", 0).owner, None);
    }
}
