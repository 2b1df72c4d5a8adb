import { totpNow } from './modules/accounts';
import { DEMO } from './flows/seed-demo';

/** Prints the demo operator's current one-time code. */
process.stdout.write(`${totpNow(process.argv[2] ?? DEMO.operator.totpSecret, new Date())}\n`);
