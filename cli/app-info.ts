import { productName, version } from '../package.json';
import type { AppInfo } from '../shared/bundle/bundle';

/** What `drp --version` prints and what bundles written by the command line record as their maker. */
export const DRP_VERSION = version;
export const CLI_APP_INFO: AppInfo = { name: productName, version };
