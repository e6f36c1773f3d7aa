/**
 * The dashboard (an extension page): per account, the funnel, the stage × category
 * matrix, revenue and profit by category, and the customer table with CSV export.
 */
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setupPage, type PageContext } from '../sidepanel/pageSetup';
import { queryFromKey } from '../sidepanel/keyFromQuery';
import { useVocabulary } from '../sidepanel/useVocabulary';
import { useDashboard } from './useDashboard';
import { downloadText } from './download';
import { funnel, matrix, moneyByCategory } from '../../components/dashboard/dashboardModel';
import { DEFAULT_QUERY, queryRows } from '../../components/dashboard/tableQuery';
import { rowsToCsv } from '../../components/dashboard/csv';
import { AccountPicker } from '../../components/dashboard/AccountPicker';
import { Funnel } from '../../components/dashboard/Funnel';
import { StageCategoryMatrix } from '../../components/dashboard/StageCategoryMatrix';
import { CategoryMoney } from '../../components/dashboard/CategoryMoney';
import { CustomerTable } from '../../components/dashboard/CustomerTable';
import '../../components/common/page.css';

function Dashboard({ t, fmt }: PageContext) {
  const data = useDashboard();
  const vocabulary = useVocabulary(0);
  const [accountId, setAccountId] = useState('');
  const [query, setQuery] = useState(DEFAULT_QUERY);
  const accounts = data.status === 'ready' ? data.accounts : [];
  const current =
    accounts.find((a) => `${a.crm}|${a.account}` === accountId) ?? accounts[0] ?? null;
  const accountRows = useMemo(
    () =>
      data.status === 'ready' && current
        ? data.rows.filter((r) => r.key.crm === current.crm && r.key.account === current.account)
        : [],
    [data, current],
  );
  const tableRows = useMemo(() => queryRows(accountRows, query), [accountRows, query]);

  if (data.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (data.status === 'error') {
    return (
      <main>
        <h1>{t('dashboard_title')}</h1>
        <p role="alert" class="error" data-testid="dashboard-error">
          {t('dashboard_unavailable', [data.message])}
        </p>
      </main>
    );
  }
  if (!current) {
    return (
      <main>
        <h1>{t('dashboard_title')}</h1>
        <p data-testid="dashboard-empty">{t('dashboard_empty')}</p>
      </main>
    );
  }
  const currency = accountRows.find((r) => r.currency)?.currency ?? null;
  const exportCsv = () =>
    downloadText(`rung-${current.crm}-${current.account}.csv`, rowsToCsv(tableRows), 'text/csv');
  return (
    <main class="dashboard">
      <h1>{t('dashboard_title')}</h1>
      <AccountPicker
        accounts={accounts}
        value={`${current.crm}|${current.account}`}
        t={t}
        fmt={fmt}
        onChange={setAccountId}
      />
      <div class="dashboard-grid">
        <Funnel counts={funnel(accountRows)} t={t} fmt={fmt} />
        <CategoryMoney
          rows={moneyByCategory(accountRows)}
          currency={currency}
          vocabulary={vocabulary}
          t={t}
          fmt={fmt}
        />
      </div>
      <StageCategoryMatrix counts={matrix(accountRows)} vocabulary={vocabulary} t={t} fmt={fmt} />
      <CustomerTable
        rows={tableRows}
        total={accountRows.length}
        query={query}
        vocabulary={vocabulary}
        t={t}
        fmt={fmt}
        onQuery={setQuery}
        onExport={exportCsv}
        detailHref={(key) =>
          browser.runtime.getURL(`/sidepanel.html${queryFromKey(key)}` as '/sidepanel.html')
        }
      />
    </main>
  );
}

const context = setupPage('dashboard_title');
const root = document.getElementById('app');
if (root) render(<Dashboard {...context} />, root);
