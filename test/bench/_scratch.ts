import { importMeasures } from './import.js';
const n = Number(process.argv[2] ?? 20000);
console.log(JSON.stringify(await importMeasures(n, (s) => console.error(s)), null, 1));
