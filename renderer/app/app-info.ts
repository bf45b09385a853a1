import type { AppInfo } from '../../shared/bundle/bundle';

declare const __APP_VERSION__: string;

/** What exported plan files and backups say made them. */
export const APP_INFO: AppInfo = { name: 'DR Planner', version: __APP_VERSION__ };
