//! One module per page.

pub mod admin;
pub mod chat;
pub mod check;
pub mod login;
pub mod register;
