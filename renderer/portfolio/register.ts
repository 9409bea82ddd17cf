/**
 * Sector portfolio menu items (issue 17): File › Open portfolio… (also the desktop's native menu
 * item), View › Show portfolio, and Semak terhadap portfolio… for the open proposal.
 */
import { registerMenuItem } from '../shell/registry';
import { checkAgainstPortfolio, openPortfolio, showPortfolio } from './actions';
import { ensurePortfolioHost } from './PortfolioHost';

registerMenuItem({ id: 'portfolio.open', menu: 'file', labelKey: 'portfolio:menu.open', action: 'file.openPortfolio', order: 20, needsProject: false, run: () => {
  ensurePortfolioHost();
  void openPortfolio();
} });
registerMenuItem({ id: 'portfolio.check', menu: 'file', labelKey: 'portfolio:menu.check', order: 21, run: () => {
  ensurePortfolioHost();
  void checkAgainstPortfolio();
} });
registerMenuItem({ id: 'portfolio.show', menu: 'view', labelKey: 'portfolio:menu.show', order: 60, needsProject: false, run: () => {
  ensurePortfolioHost();
  showPortfolio();
} });
