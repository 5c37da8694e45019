//! Rebuilds the library when anything under `fixtures/` changes, including a
//! newly added file: the bundled dataset is embedded with `include_dir!`,
//! which by itself tracks only the files that existed at the last build.

fn main() {
    println!("cargo:rerun-if-changed=fixtures");
}
