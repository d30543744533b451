//! Hosts librdkafka's mock Kafka cluster on 127.0.0.1 for tests and demos.
//!
//! Prints the bootstrap address on stdout, then serves until it is terminated (or, with
//! `--exit-on-stdin-eof`, until its standard input closes).
//!
//! Usage: kafka-mock-cluster [--brokers N] [--exit-on-stdin-eof]

use kafka::mock::MockCluster;
use std::io::{Read, Write};

fn main() -> anyhow::Result<()> {
    let mut brokers = 1;
    let mut exit_on_eof = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--brokers" => {
                brokers = args.next().ok_or_else(|| anyhow::anyhow!("--brokers needs a count"))?.parse()?
            }
            "--exit-on-stdin-eof" => exit_on_eof = true,
            other => anyhow::bail!(
                "unknown argument {other:?}; usage: kafka-mock-cluster [--brokers N] [--exit-on-stdin-eof]"
            ),
        }
    }
    let cluster = MockCluster::new(brokers, None)?;
    let mut stdout = std::io::stdout();
    writeln!(stdout, "{}", cluster.bootstraps())?;
    stdout.flush()?;
    if exit_on_eof {
        let mut sink = Vec::new();
        std::io::stdin().read_to_end(&mut sink)?;
    } else {
        loop {
            std::thread::park();
        }
    }
    drop(cluster);
    Ok(())
}
