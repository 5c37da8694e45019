//! Throughput of the reference extractor over a corpus built by repeating
//! the bundled fixture texts to at least 10 MB, one article at a time; and
//! over the same corpus as one article, with its line breaks and as a
//! single line.
//!
//! Run with `cargo bench --bench extract`; figures go to BENCHMARKS.md.

use claimbench::extract::{ArticleInput, Extractor, ReferenceExtractor};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

/// Wire-style paragraphs written for this benchmark, with a figure in
/// almost every sentence: several times denser in numerals than the fixtures.
const DENSE_NEWS: &str = r#"Floods kill at least 37 in southern province, thousands evacuated
By Jane Doe | Updated 3 hours ago | 5 min read

JAKARTA, March 14 (Reuters) - Flash floods and landslides killed at least 37 people and left 12 missing on the island, the national disaster agency said on Sunday, as rescuers searched for survivors in the mud.

More than 2,500 homes were damaged and about 9,400 residents were forced to flee, agency spokesman Abdul Muhari told reporters. He said the death toll could rise.

"We have deployed 1,200 soldiers and police officers to help with the evacuation," Muhari said.

The government has set aside 250 billion rupiah ($17.4 million) for reconstruction, according to the finance ministry. Damage to roads and bridges was estimated at $3.5bn.

Nearly two-thirds of the region's 4.1 million inhabitants live in areas prone to flooding, according to figures from the World Bank. Some 40% of the province's rice fields were submerged.

Between 2,000 and 3,000 volunteers joined the search. The floods are the worst since 2007, when 80 people died.

The province, home to 4.1 million people, has seen a 40% rise in rainfall over the past decade. One in five children in the area suffers from malnutrition, the UN children's agency UNICEF said in a report last year.

Police arrested three men on suspicion of illegal logging. The 27-member committee will meet on Tuesday at 10:30 a.m.

Share this article
Follow us on Twitter @news24
© 2021 Example News. All rights reserved.

Gunmen attacked a village in the north, killing 12 and injuring 40, local officials said.
A spokesperson for the World Health Organization (WHO) said 3 million doses had been delivered.
"We estimate that 20,000 people have died," said Dr Maria Lopez, the agency's director.
According to Reuters calculations, 1,200 flights were cancelled on Friday.
The health ministry in Gaza said at least 100 people were killed in the past 24 hours.
Figures released by the Office for National Statistics (ONS) on Tuesday showed that 1.3 million people were out of work.
Officials say more than 200 buildings collapsed in the city of 7 million.
The firm raised $300m from investors and is now worth 2.5 billion euros. It offered a $50,000 reward.
The 12 victims were aged between 18 and 24. Two weeks ago, one man died. In one case, a third of the crew fell ill.
He served 10 years in prison. The 2022 budget allocates £2.3bn to schools. Prices jumped 9.1% in June from a year earlier, the highest rate in 40 years.
The company holds a 5% stake and plans to cut 1,500 jobs by 2025.
Roughly 3 in 10 voters said they had not decided.
The bill passed by a vote of 220 to 207.
The quake, which measured 6.4, destroyed about 2,000 homes and damaged another 5,000.
He was one of 14 children. She has two sisters.
About 1.5 billion people, or nearly a fifth of the world's population, lack clean water, UNICEF estimates.
"#;

/// The smallest corpus the benchmark runs over.
const CORPUS_BYTES: usize = 10 * 1024 * 1024;

fn main() {
    divan::main();
}

/// The fixture texts, repeated in order until they hold `CORPUS_BYTES`.
fn corpus() -> Vec<String> {
    repeat(
        claimbench::dataset()
            .articles
            .iter()
            .map(|article| article.text.clone())
            .collect(),
    )
}

/// `texts`, repeated in order until they hold `CORPUS_BYTES`.
fn repeat(texts: Vec<String>) -> Vec<String> {
    assert!(!texts.is_empty(), "the bundled dataset has no articles");
    let mut corpus = Vec::new();
    let mut bytes = 0;
    for text in texts.iter().cycle() {
        if bytes >= CORPUS_BYTES {
            break;
        }
        bytes += text.len();
        corpus.push(text.clone());
    }
    corpus
}

/// The whole corpus, article by article, as `claimbench bench` runs it.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn reference_extractor(bencher: Bencher) {
    run(bencher, corpus());
}

/// The same on dense wire copy, to show the cost per figure.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn reference_extractor_dense_news(bencher: Bencher) {
    run(bencher, repeat(vec![DENSE_NEWS.to_owned()]));
}

fn run(bencher: Bencher, corpus: Vec<String>) {
    let bytes: usize = corpus.iter().map(String::len).sum();
    let extractor = ReferenceExtractor::new();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut claims = 0;
        for (i, text) in corpus.iter().enumerate() {
            let id = i.to_string();
            let found = extractor
                .extract(&ArticleInput::new(&id, black_box(text)))
                .expect("the reference extractor never fails");
            claims += found.len();
        }
        claims
    });
}

/// The fixture texts as one 10 MB article with their line breaks, one
/// paragraph a line: the baseline for `one_10_mb_line`.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_10_mb_article_with_line_breaks(bencher: Bencher) {
    run(bencher, vec![corpus().join("\n\n")]);
}

/// The same article with every line break made a space, as text pasted from
/// a PDF or a scraper can be: one 10 MB line. Line-level rules look up
/// each line once, so this costs about what the same text with line breaks
/// costs, not the square of the line.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_10_mb_line(bencher: Bencher) {
    let text = corpus().join("\n\n").replace(['\r', '\n'], " ");
    run(bencher, vec![text]);
}
