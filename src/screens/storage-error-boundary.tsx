import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { describeStorageError } from './storage-messages';

/**
 * Live database queries throw while rendering when IndexedDB is missing or broken (some private modes). Instead of a
 * blank page, say so in the user's language.
 */
export class StorageErrorBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const key = describeStorageError(this.state.error);
    return (
      <Translation>
        {(t) => (
          <div className="notice notice--error" role="alert">
            <h1>{t('storage.failedTitle')}</h1>
            <p>{t(key)}</p>
          </div>
        )}
      </Translation>
    );
  }
}
