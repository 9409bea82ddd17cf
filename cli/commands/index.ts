/**
 * Every `lakar` command, in help order. A command is a module exporting
 * `register(program, ctx)`; adding one means adding its file and one entry here.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import * as checkCommand from './check';
import * as exportCommand from './export';
import * as importCommand from './import';
import * as infoCommand from './info';
import * as newCommand from './new';
import * as rulesCommand from './rules';
import * as portfolioCommand from './portfolio';
import * as diffCommand from './diff';
import * as mergeCommand from './merge';
import * as gitSetupCommand from './git-setup';
import * as reviewCommand from './review';
import * as checklistCommand from './checklist';
import * as layoutCommand from './layout';

/** A command module. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

export const COMMANDS: CommandModule[] = [newCommand, infoCommand, importCommand, exportCommand, checkCommand, rulesCommand, portfolioCommand, diffCommand, mergeCommand, gitSetupCommand, reviewCommand, checklistCommand, layoutCommand];
