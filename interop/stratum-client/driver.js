// Connects the npm package `stratum-client` to a Stratum pool and relays between it and a
// test harness: every event the client reports is printed as one JSON line on stdout; each
// line on stdin is a submission `{"job_id", "extranonce2", "ntime", "nonce"}` to send with
// Client.submit. Usage: node driver.js PORT WORKER
'use strict';
const readline = require('readline');
const client = require('stratum-client');

const [port, worker] = [Number(process.argv[2]), process.argv[3] || 'npmworker'];
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');

const Client = client({
  server: '127.0.0.1',
  port,
  worker,
  password: 'x',
  autoReconnectOnError: false,
  onConnect: () => out({ event: 'connect' }),
  onClose: () => out({ event: 'close' }),
  onError: (error) => out({ event: 'error', message: String(error && error.message) }),
  onAuthorizeSuccess: () => out({ event: 'authorized' }),
  onAuthorizeFail: (error) => out({ event: 'authorize_failed', error }),
  onNewDifficulty: (difficulty) => out({ event: 'difficulty', difficulty }),
  onSubscribe: (s) => out({ event: 'subscribe', extranonce1: s.extraNonce1, extranonce2_size: s.extraNonce2Size }),
  onNewMiningWork: (w) => out({ event: 'work', job_id: w.jobId, prevhash: w.prevhash, coinb1: w.coinb1, coinb2: w.coinb2, merkle_branch: w.merkle_branch, version: w.version, nbits: w.nbits, ntime: w.ntime, clean_jobs: w.clean_jobs }),
  onSubmitWorkSuccess: (error, result) => out({ event: 'submit_ok', error, result }),
  onSubmitWorkFail: (error, result) => out({ event: 'submit_fail', error, result }),
});

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const s = JSON.parse(line);
  if (s.quit) {
    Client.shutdown();
    process.exit(0);
  }
  Client.submit({ client: Client.client, worker_name: worker, job_id: s.job_id, extranonce2: s.extranonce2, ntime: s.ntime, nonce: s.nonce });
});
