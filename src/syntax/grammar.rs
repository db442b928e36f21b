//! The pest parser generated from `grammar/chitieu.pest`.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/chitieu.pest"]
pub struct PlanParser;
