//! Stable shares of a dataset's articles, so that a large run can be split
//! across machines (`--partition K/N`) and its scorecards merged back
//! (`claimbench merge`).
//!
//! Article `id` belongs to partition `K/N` when the first eight bytes of the
//! SHA-256 of `id`, read as a big-endian integer, are `K - 1` modulo `N`. The
//! share depends only on the id and N: adding an article never moves another
//! one, and every machine computes the same split.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Share `index` of `count` (both counted from 1), written `K/N`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Partition {
    index: u32,
    count: u32,
}

impl Partition {
    /// Share `index` of `count`; `1 <= index <= count`.
    pub fn new(index: u32, count: u32) -> Result<Partition, String> {
        if count == 0 || index == 0 || index > count {
            return Err(format!(
                "`{index}/{count}` is not a partition: write K/N with 1 <= K <= N, such as 2/4"
            ));
        }
        Ok(Partition { index, count })
    }

    /// K, from 1.
    pub fn index(&self) -> u32 {
        self.index
    }

    /// N, the number of partitions.
    pub fn count(&self) -> u32 {
        self.count
    }

    /// Whether the article with this id belongs to this share.
    ///
    /// ```
    /// use claimbench::partition::Partition;
    ///
    /// let shares: Vec<Partition> = (1..=3).map(|k| Partition::new(k, 3).unwrap()).collect();
    /// let owners = shares.iter().filter(|p| p.contains("some-article")).count();
    /// assert_eq!(owners, 1);
    /// ```
    pub fn contains(&self, article_id: &str) -> bool {
        let digest = Sha256::digest(article_id.as_bytes());
        let mut head = [0u8; 8];
        head.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(head) % u64::from(self.count) == u64::from(self.index - 1)
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Partition {
    type Err = String;

    fn from_str(text: &str) -> Result<Partition, String> {
        let invalid = || format!("`{text}` is not a partition: write K/N, such as 2/4");
        let (index, count) = text.split_once('/').ok_or_else(invalid)?;
        let index = index.trim().parse().map_err(|_| invalid())?;
        let count = count.trim().parse().map_err(|_| invalid())?;
        Partition::new(index, count)
    }
}

impl TryFrom<String> for Partition {
    type Error = String;

    fn try_from(text: String) -> Result<Partition, String> {
        text.parse()
    }
}

impl From<Partition> for String {
    fn from(partition: Partition) -> String {
        partition.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_article_falls_in_exactly_one_share() {
        for count in 1..=5 {
            for n in 0..200 {
                let id = format!("article-{n}");
                let owners = (1..=count)
                    .filter(|&k| Partition::new(k, count).unwrap().contains(&id))
                    .count();
                assert_eq!(owners, 1, "{id} in {count} partitions");
            }
        }
    }

    #[test]
    fn shares_are_roughly_even() {
        let share = Partition::new(1, 4).unwrap();
        let inside = (0..4000)
            .filter(|n| share.contains(&format!("a{n}")))
            .count();
        assert!((800..1200).contains(&inside), "{inside}");
    }

    #[test]
    fn partitions_parse_and_print_as_k_of_n() {
        let partition: Partition = "2/4".parse().unwrap();
        assert_eq!((partition.index(), partition.count()), (2, 4));
        assert_eq!(partition.to_string(), "2/4");
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", ""] {
            assert!(bad.parse::<Partition>().is_err(), "{bad}");
        }
    }
}
