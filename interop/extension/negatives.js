// Hard negatives: pages that hash, run heavy wasm or use wallets, with libraries from the npm
// corpus (target/npm-corpus). Each page runs its work and sets __test.done.
export const NEGATIVES = [
  {
    name: 'crypto-js', tgz: 'crypto-js-4.2.0.tgz', file: 'package/crypto-js.js',
    work: `let h = ''; for (let i = 0; i < 3000; i++) h = CryptoJS.SHA256(h + i).toString(); return h;`,
  },
  {
    name: 'js-sha256', tgz: 'js-sha256-1.0.0.tgz', file: 'package/build/sha256.min.js',
    work: `let h = ''; for (let i = 0; i < 20000; i++) h = sha256(h + i); return h;`,
  },
  {
    name: 'xxhash-wasm', tgz: 'xxhash-wasm-1.1.0.tgz', file: 'package/umd/xxhash-wasm.js',
    work: `const x = await xxhash(); let h = 0n; for (let i = 0; i < 20000; i++) h = x.h64('block ' + i + h); return String(h);`,
  },
  {
    name: 'sql.js', tgz: 'sql.js-1.16.0.tgz', file: 'package/dist/sql-wasm.js', extra: ['package/dist/sql-wasm.wasm'],
    work: `const SQL = await initSqlJs({ locateFile: (f) => '/neg/sql.js/' + f });
           const db = new SQL.Database(); db.run('CREATE TABLE t (a INTEGER, b TEXT)');
           for (let i = 0; i < 2000; i++) db.run('INSERT INTO t VALUES (?, ?)', [i, 'row ' + i]);
           return JSON.stringify(db.exec('SELECT count(*), sum(a) FROM t')[0].values);`,
  },
  {
    name: 'ethers', tgz: 'ethers-6.17.0.tgz', file: 'package/dist/ethers.umd.min.js',
    work: `const w = ethers.Wallet.createRandom(); const sig = await w.signMessage('hello');
           const who = ethers.verifyMessage('hello', sig); return who === w.address ? 'signed ' + w.address : 'mismatch';`,
  },
];
