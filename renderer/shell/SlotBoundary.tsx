/**
 * Keeps the shell working when one panel throws while rendering: the panel shows a message and a
 * retry button instead of taking the whole window down.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function SlotFailed({ panel, onRetry }: { panel: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="slot-failed" role="alert">
      <p>{t('shell:workspace.slotFailed', { panel })}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('common:action.retry')}
      </button>
    </div>
  );
}

interface Props {
  /** Translated panel name, for the message. */
  panel: string;
  children: ReactNode;
}

/** An error boundary around one panel. */
export class SlotBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`panel "${this.props.panel}" failed`, error);
  }

  override render() {
    if (this.state.failed) return <SlotFailed panel={this.props.panel} onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
